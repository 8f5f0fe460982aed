"""Seventh red-flag phrase bank, part C: all ten diversion red flags.

Free-text templates for the ten diversion red flags of POLICY.md section 4,
written independently for this round; an earlier bank was consulted only for
the file format and slot conventions, never for wording. Each template shows
exactly the one flag of its key, no other flag and no statement of end use;
``capability_excess`` gives the mismatch only through figures or the buyer's
stated requirement.

Emphasis of part C: roughly half of each list is the faint kind, where the
flag is a single short, low-key detail - one clause inside an otherwise
routine sentence about quantities, documents or dates, a brief aside, a
half-sentence answer on a form, or a very short note of a handful of words.
The rest mixes the other styles of the seventh round: quoted correspondence
(emails, chat messages with names, times and sign-offs, forwarded snippets),
second-hand and hedged reports ("our agent mentioned", "apparently"), the
buyer's own questions and requests, translated or non-native English
(German, Spanish, Chinese, Russian, Arabic, French, Turkish and Portuguese
influenced) and telegraphic notes, and dated log or checklist entries.

Slots used (and no other braces)::

    {eu} {eu_short} {city} {country} {item} {forwarder} {third_country}
    {hub_city} {po} {incoterm} {month} {year}

``{item}`` carries its article and never opens a sentence; ``{po}`` is an
order reference (a post-office box is always written out as "P.O. Box").
"""

RED_FLAGS_SEVENTH_C: dict[str, list[str]] = {
    # The customer is evasive or unwilling to say what the item is for, or
    # whether it will be re-exported.
    "evasive": [
        # faint
        "Pro forma sent on 4 {month}, two units, {incoterm}; on the application line the buyer wrote 'to be advised' and has not come back to it.",
        "Asked what it is for. Reply: 'why does it matter?'",
        "Stays in {country}? - 'Cannot say at this moment.'",
        "Quantity five, lead time ten weeks, spare parts kit included, and the customer would rather not say what {item} is for.",
        "Invoice address, delivery address and contact person confirmed; the end-use declaration came back signed, with every field under it left empty.",
        "Form, section 5 (intended application): 'N/A'. Section 6 (onward export): blank.",
        "Second reminder on the end-use question sent; the reply dealt only with the delivery address.",
        "Cust. won't state application, cites 'commercial reasons'.",
        "Price agreed at the list figure less 4%, documents in English, and no answer yet on whether the goods will leave {country} again.",
        "Application: 'internal matter, not for the supplier'.",
        "Packing list and invoice drafts approved by {eu_short} the same day; the one question they skipped was the one about where the equipment goes after delivery.",
        "Buyer changed the subject when asked about the final user.",
        # correspondence
        "Email from Mr. Darko Petrovic, 09:47: 'Please send the invoice first. The application of the machine we can discuss later, maybe it is not necessary.'",
        "Buyer wrote: 'We are a serious company. Where it goes afterwards is our own business, I think you understand.'",
        "Fwd: Re: {po} - 'As discussed by phone, we will not be giving further detail on the application.' Signed Kwame Mensah, Procurement.",
        "Teams chat, Jonas (sales), 16:20: 'asked them twice now who actually uses it, both times they just replied with the bank details again.'",
        # hedged, second-hand
        "Our agent in {city} mentioned that {eu_short} gets noticeably vague whenever he asks whether the units will stay in the country.",
        "I understand from the distributor that {eu_short} signed the quotation but struck out the paragraph confirming the goods remain in {country}.",
        # buyer's request
        "Could we leave the end-use statement empty for now? Our management prefers to keep this information inside the company.",
        # non-native
        "About the use of {item}, customer say it is not convenient to tell now, after the machine arrive maybe they can explain.",
        "The client prefers not to enter into details about the final use, he says it is a confidential matter of the house.",
        "To the question of the further whereabouts of the goods after delivery, the customer has until now made no statement.",
        "Customer answered that for what purpose the device is needed is not a question of the seller.",
        # log, checklist
        "11/{month}: phoned Ms. Yilmaz again about the end-use form. She said her director 'does not like to explain such things to suppliers'.",
        "Checklist, {po}: end user confirmed - yes. Application described - 'no comment'. Re-export intention - 'no comment'.",
    ],
    # The item does not fit the buyer's line of business.
    "line_of_business": [
        # faint
        "Buyer is a travel agency. Ordered {item}.",
        "{eu} (registered activity: wholesale of frozen fish) orders two units, {incoterm}, letter of credit, and has never bought anything technical from anyone, as far as we can see.",
        "Company profile attached: three beauty salons in {city}. Order: {item}, one unit, plus the spare parts set.",
        "Buyer's trade on file? - 'General trading: rice, sugar, cooking oil.'",
        "Sales note: friendly people, quick to agree on price, and their whole business is garden furniture.",
        "Commercial register extract attached; it lists {eu_short} under hairdressing supplies, which is all they have ever traded in.",
        "Order taken by phone: three units, standard documentation pack, invoice to {eu}, whom our records list as a stationery wholesaler.",
        "Buyer = pizza franchise. Item = {item}.",
        "Credit report fine, references fine; sector given as wedding and event planning.",
        "Two crates, {incoterm}, payment on 60 days, consignee a car rental firm with four branches and no workshop.",
        "Customer's only known activity: import of perfumes.",
        "Lead time agreed at eight weeks for {eu_short}, a chain of launderettes ordering its first piece of equipment of this kind.",
        # correspondence
        "WhatsApp from Rafael, 14:02: 'ok so I looked them up. they sell shoes. actual shoes. why do they want this??'",
        "Forwarded from Priya (account manager): 'Heads up, the buyer on {po} runs office cleaning crews. Odd fit for this product line, no?'",
        # hedged
        "Our agent in {city} mentioned that {eu_short} mostly imports mobile phone cases, and this would be their first order of anything like {item}.",
        "I understand from the distributor that {eu_short} is a catering supplier with no engineering staff at all.",
        "Apparently {eu_short} started out as a phone repair shop and still is one, according to the two people in {city} we asked.",
        # buyer's question
        "Buyer asked: 'Is it a problem that our import licence here is for toys? We can still receive {item}, yes?'",
        # non-native
        "The customer is active in textile printing; a connection to the ordered device we could not recognise.",
        "The company is dedicated to organise tourism excursions, it is strange that they ask for this type of equipment.",
        "This customer main business is tea export, before never buy any machine from us or from other supplier.",
        "Firm is engaged in timber trade, for them such device is not profile of activity.",
        "The company works in the sector of dried fruits and nuts, but they want to buy {item} from us.",
        # log
        "12/{month}: credit check on {eu_short} back. Sector on file is real-estate brokerage; no manufacturing, no laboratory, no workshop.",
        "Visit report, {month} {year}: office above a shoe shop, no production floor, four staff who deal in imported kitchenware.",
    ],
    # The buyer offers cash or an unusual payment for an expensive item.
    "unusual_payment": [
        # faint
        "Order value EUR 186,000; buyer proposes to settle in cash at handover.",
        "Payment terms: 'cash, US dollar banknotes'.",
        "Full prepayment offered, in cash, for a quote of EUR 240,000.",
        "Delivery to {eu}, {city}, two crates, invoice total EUR 96,400, payable in cash on collection as the buyer's director proposed.",
        "Payment method? - 'cash on delivery, the full amount'.",
        "Pro forma at USD 312,500 accepted; in the same email the buyer asks for a courier address so he can send the payment as cheques drawn on four different banks.",
        "Bank details sent on 3 {month}; the customer replied asking for a cash price instead, and offered 8% extra for it.",
        "Balance on {po} (EUR 74,000) to be paid, per customer, by a company in {third_country} with which {eu_short} has no known connection.",
        "Invoice CHF 210,000. Buyer wants to pay in gold.",
        "Down payment on {po} arrived as nineteen separate cash deposits made at branches across {city}.",
        "Standard documents, two-year spares list, price USD 158,000, and a request to pay the whole sum through a money changer in {hub_city}.",
        "Buyer offers copper cathodes in lieu of payment for the EUR 300,000 order.",
        # correspondence
        "Buyer wrote: 'We can bring the money in cash to your office in {month}, it is faster for everybody and no bank fees.'",
        "WhatsApp, Bilal, 22:15: 'boss says he pays cash, all of it, tomorrow if you want. the 220k is ready.'",
        "Email from {eu_short} accounts, 10:04: 'Please split the invoice of EUR 380,000 into twelve small invoices, each will be paid from a different account.'",
        # hedged
        "Our agent in {city} mentioned that the buyer has the deposit for the EUR 130,000 order in a suitcase and wants to hand it over in person.",
        "Apparently the buyer asked our rep whether the EUR 95,000 could be paid partly in cryptocurrency and partly in cash.",
        # buyer's question
        "Could we pay with a prepaid card, topped up over several weeks, instead of one bank transfer of the 210 thousand?",
        # non-native
        "Customer say can pay all in cash when the goods arrive, about 1.2 million RMB, no need letter of credit.",
        "The customer offers to pay the purchase price of approximately 240,000 euros in cash, by personal courier.",
        "The client insists in paying with cash the 90 thousand, he says with the bank there are always problems.",
        "Payment of 140 thousand customer wants to make in cash in envelope, at visit of our representative.",
        "Kindly note we will settle the amount of USD 175,000 by cash deposit, please advise the account where to put the money at the counter.",
        "The client proposes to pay the totality, about 150,000 euros, in cash, in several visits.",
        # log
        "09/{month}: finance queried the EUR 210,000 receipt for {po}; buyer explained it will come 'in notes, through a friend of the company'.",
    ],
    # The buyer declines the usual installation, training or warranty.
    "declines_service": [
        # faint
        "Installation and commissioning visit: declined by customer.",
        "Quote revised 9 {month}: operator training removed at the customer's request, all else unchanged.",
        "Line items 1 to 3 confirmed, spare kit added, and the standard 24-month warranty taken off at the buyer's request.",
        "Warranty registration? - 'not required, thanks'.",
        "Customer opted out of commissioning.",
        "Two units, crated, manuals in English, no installation and no training, per customer.",
        "Service department note: first customer this year to turn down the included start-up visit on a unit of this size.",
        "Buyer waives warranty; price reduced accordingly.",
        "Order {po} firm at the agreed price, delivery {incoterm}, commissioning by our engineer not wanted.",
        "Training days on the offer crossed out by hand and initialled.",
        "All documents signed and returned on time, apart from the warranty card, which the customer says he will not be needing.",
        "No site visit wanted, not even the free one.",
        # correspondence
        "Buyer wrote: 'No need for your technician, we will install it ourselves. Also please take the warranty out of the price.'",
        "Forwarded: 'Pls strike items 4 and 5 (installation, 3-day operator course) from the offer, we just take delivery.' Signed Lena, purchasing.",
        "Email from {eu_short} purchasing, 11:32: 'Training is not necessary. Please do not book flights for your engineers.'",
        # hedged
        "Our agent in {city} mentioned that {eu_short} turned down the free two-day start-up visit without giving a reason.",
        "I understand from the distributor that the buyer wants the service contract cancelled and the remote-support login left unactivated.",
        "Apparently they have told our service desk not to schedule the usual acceptance test at their premises.",
        # buyer's questions
        "Could you ship it without the operator training? We do not need anyone from your side coming to the site.",
        "Buyer asked: 'Is the warranty compulsory? If not, we prefer without it.'",
        # non-native
        "The customer renounces expressly the commissioning by our service technicians and also the guarantee.",
        "Customer say no need engineer come, no need training, just send the machine.",
        "Customer refuses from warranty service and from start-up, asks to reduce the price instead.",
        "The client refuses the putting into service on site and the formation of the operators.",
        # log
        "16/{month}: call with Mr. Osei. He confirmed they will not return the warranty card and will not need our engineer for start-up.",
    ],
    # A freight forwarder, trading house or post-office box is the final
    # destination.
    "forwarder_destination": [
        # faint
        "Ship-to: {forwarder}, warehouse 4, {city}. No other consignee given.",
        "End-user field on the form: {forwarder}.",
        "Consignee: {forwarder}. Ultimate consignee: same.",
        "Final destination: P.O. Box 1020, {city}, {country}.",
        "Two pallets, 640 kg, {incoterm}, last stop the {forwarder} depot in {city}, which the buyer calls its receiving point.",
        "Packing list, commercial invoice and certificate of origin all in order; the ship-to on each of them is {forwarder}, {city}.",
        "Delivery address on the order is P.O. Box 4471, {city}; the buyer says there is no street address to give.",
        "Invoice to {eu}, ship to {forwarder}, and the consignee and end-user boxes both show the forwarder.",
        "Goods to remain at the forwarder's bonded shed.",
        "Three crates, standard export marks, final consignee a trading house in {city} that takes delivery and holds stock for its own account.",
        "Delivery point confirmed by {eu_short}: a mailbox at the central post office in {city}.",
        "Ultimate consignee per buyer: {forwarder}, {city} branch.",
        # correspondence
        "Buyer wrote: 'Please consign to {forwarder}, they are the receiver, that is all you need for the papers.'",
        "Fwd from logistics, 10:05: 'Booking done. Final delivery is {forwarder}'s yard in {city}, they confirmed there is no onward leg on our paperwork.'",
        "Teams, Marco (logistics), 13:41: 'fyi the delivery address for {po} is literally the forwarder's office, no end-user site anywhere in the docs.'",
        # hedged
        "Our agent in {city} mentioned that the consignee on the airway bill, {forwarder}, is a freight agent with a warehouse, not the company that bought {item}.",
        "I understand from the distributor that the name on the delivery order, {eu}, is a trading house that resells whatever it imports.",
        "Apparently the only address {eu_short} has ever given us is a box number at a courier counter in {city}.",
        # buyer's questions
        "Could you put the trading company as end user? It is simpler for us, they receive everything.",
        "Is it possible to deliver only to the P.O. Box? We do not receive goods at our office.",
        # non-native
        "Consignee is {forwarder}, this is logistic company, customer say final receiver is them.",
        "As recipient the customer has specified a trading house in {city}; an actual user is not named.",
        "The merchandise goes to the address of the forwarder, the client says it stays there in their warehouse.",
        "Final point of delivery is warehouse of forwarding company {forwarder}, no other address customer gives.",
        # log
        "15/{month}: {eu_short} confirmed the final delivery point as P.O. Box 219, {city}.",
    ],
    # An unusual or roundabout shipping route, or transshipment through a
    # third country for no reason.
    "roundabout_route": [
        # faint
        "Routing: {country} is next door, but the booking goes via {hub_city}.",
        "Two crates, 380 kg, to fly out via {hub_city} with a four-day stopover before the short last leg to {city}, for which a direct flight exists.",
        "Routing per customer: sea to {hub_city}, rail to {third_country}, road to {city}; a direct truck takes one day.",
        "Route requested: via {third_country}. Reason given: none.",
        "Booking {po}: direct service declined by the buyer in favour of two transshipments, {hub_city} and {third_country}.",
        "Shipment to {eu}, {city}, with a transfer in {third_country} that nobody on the buyer's side could explain.",
        "Incoterm {incoterm}, pallets wrapped and marked, ETA to follow, and transit through {hub_city} as the buyer instructed instead of our usual direct lane.",
        "Buyer wants a stop in {third_country}, no reason.",
        "Documents complete, two-year spares list attached, freight to be unloaded and reloaded in {third_country} although the truck could drive straight to {city}.",
        "The routing adds roughly 6,000 km and three weeks over the standard lane to {country}.",
        "Customer's routing: out via {hub_city}, back overland.",
        "Cargo insurance quoted for the buyer's route, which crosses {third_country} twice before reaching {country}.",
        # correspondence
        "Buyer wrote: 'Please send first to {hub_city}, from there we arrange a different carrier to {city}.'",
        "Email, Ayse Demir, 08:55: 'They have asked for {hub_city} again. That is the third time, and {city} is a short direct flight from here.'",
        # hedged
        "Our agent in {city} mentioned that the buyer wants the crates to go round through {third_country} and back, although the border is two hours from our plant.",
        "Apparently {eu_short} have asked the carrier to re-consign the boxes in {third_country} under a new waybill before they go on to {country}.",
        "I understand from the distributor that the buyer's own instructions send the cargo on a loop through two ports in {third_country} first.",
        # buyer's questions
        "Could you route the cargo through {third_country}? We know there is a direct truck, but our boss prefers it this way.",
        "Buyer's question: 'Can you unload in {third_country} and keep it there one week before it goes on to {city}?'",
        # non-native
        "Customer want the goods go to {hub_city} first, then change ship to {city}, no say why.",
        "The customer wishes a routing via {third_country}, although a direct connection to {city} exists; a reason was not given.",
        "Customer insists on transit through {third_country}, although from us to {country} is straight road.",
        "The client demands a passage by {third_country}, while the direct route is shorter and cheaper.",
        # log, checklist
        "17/{month}: routing changed again at the buyer's request, now {hub_city}, then {third_country}, then {city}. Direct flight available.",
        "Why via {hub_city}? - 'It is how we always do.' Direct service to {city}: available, refused.",
    ],
    # Vague delivery dates or an unexplained rush.
    "rush_vague_dates": [
        # faint
        "Delivery date: 'soon, when possible'.",
        "Three units, {incoterm}, delivery 'as fast as possible, latest next week' per buyer, documentation as standard.",
        "Required date? - 'flexible, whenever'.",
        "Delivery window on {po} left open by the customer: 'some time in {year}'.",
        "Buyer asked us to cut the lead time from ten weeks to ten days; no reason offered.",
        "Shipping date to be confirmed, delivery date to be confirmed, customer unable to give either.",
        "Quote valid 30 days, spares list attached, and the delivery requirement on the order simply reads 'urgent'.",
        "Customer now wants pickup tonight.",
        "Requested delivery: {month}, or later, perhaps next year.",
        "Crate sizes confirmed, export documents drafted, and a request to switch from sea to air at the buyer's cost so it arrives this week.",
        "No delivery date on the order.",
        "Price, quantity and Incoterm agreed; the date field says 'ASAP' and the buyer would not say what drives it.",
        # correspondence
        "Buyer wrote: 'It must leave this week. The price is not a problem.'",
        "Email from {eu_short}, 23:48: 'Can you send a unit from your stock instead of the new build, so it leaves on Monday?'",
        "Chat, Tomas, 17:06: 'they now want it on the next flight. last week they said no hurry at all.'",
        # hedged
        "Our agent in {city} mentioned that the buyer keeps moving the required date and now says 'any time this year' is fine.",
        "Apparently the buyer's contact told our rep the date 'does not matter, but it has to go quickly'.",
        "I understand from the distributor that {eu_short} cannot name a date for taking the goods but still wants them dispatched immediately.",
        # buyer's question
        "Could you air-freight it tomorrow instead of the agreed sea shipment? We will pay the difference.",
        # non-native
        "Customer very urgent, want ship this week, but not tell why so urgent.",
        "The client wants the equipment for yesterday, he calls every day but does not explain the hurry.",
        "Date of delivery customer cannot name, says sometime, when it will be ready.",
        "Kindly send the goods at the earliest, it is very urgent for us, we cannot wait the normal time.",
        "The client presses very strongly for an immediate expedition, without giving any reason.",
        # log
        "18/{month}: buyer called twice before noon asking if the crates could go out today. Lead time on the order is eight weeks.",
    ],
    # The buyer seems unfamiliar with the item's performance, yet insists on
    # it.
    "unfamiliar_buyer": [
        # faint
        "Buyer could not say which range he needs, but will accept only this model.",
        "Buyer insists on this model; knows none of its specifications.",
        "Two units of the specified version, order firm, buyer unable to comment on any of its specifications when our engineer called.",
        "Spec sheet returned with a question mark on every line and a signature under 'order confirmed as is'.",
        "Quote accepted for the specific variant; the buyer's contact took one of the performance figures on the datasheet for the price.",
        "Required range? - 'do not know'. Required accuracy? - 'do not know'. Alternative model acceptable? - 'no'.",
        "Delivery {incoterm}, invoice in EUR, and a buyer who asked what the unit does, then said he wants it anyway.",
        "Customer unsure of any spec, sure of the part number.",
        "Buyer cannot describe the throughput he expects and has no view on the options, but says the catalogue number is 'fixed, not to change'.",
        "Sample order for one unit, standard packing, by a purchaser who could not say what the main performance value means.",
        "Buyer's technical contact could not name a single specification when asked; the part number stays.",
        "Buyer could not follow our explanation of the specs; order unchanged.",
        # correspondence
        "Buyer wrote: 'I do not know these technical values, just send exactly the model from the list.'",
        "Email from Mr. Haddad, 15:40: 'Sorry, what does this sensitivity number mean? My director says it must be this model anyway.'",
        "WhatsApp, Ilse, 10:12: 'he just asked me if the thing needs electricity. and he will not even look at the cheaper version.'",
        "Questions from the buyer, 11:20: 'What is the unit for resolution? Is higher better?' Same email: 'We accept no other model.'",
        # hedged
        "Our agent in {city} mentioned that the purchaser mixed up the unit's output with its power consumption, yet refused to look at any alternative.",
        "Apparently nobody at {eu_short} could read the datasheet, but they had the part number memorised.",
        "I understand from the distributor that the customer asked what {item} actually does, then repeated that they want that exact version.",
        # buyer's question
        "Could you tell us what this machine is able to do? Anyway we want this one, not the other.",
        # non-native
        "Customer not understand the specification, but say must be this type, other type not ok.",
        "The buyer could not name the essential performance data, but insists on exactly this configuration.",
        "The client does not know the characteristics of the equipment, but he insists that it must be this model and no other.",
        "Customer does not orientate in parameters of device, but demands exactly this modification.",
        # log
        "19/{month}: sales call. Customer asked what the accuracy figure on the datasheet means; still wants that exact part number, no substitutes.",
    ],
    # The item's capability is far beyond what the stated use or the
    # destination needs (stated as figures or the buyer's stated need only).
    "capability_excess": [
        # faint
        "Buyer says 0.1 mm resolution is plenty; the unit ordered resolves 0.5 micrometres.",
        "Stated requirement: 20 samples a week. Ordered configuration: up to 4,000 a day.",
        "Needs: one unit rated 10 watts. Ordered: one rated 10 kW.",
        "Two units, standard housing, with the optional high-range module that takes them to about a thousand times the figure the buyer quoted as his requirement.",
        "Form, required performance: 'basic'. Configuration ordered: every option, highest speed grade.",
        "Buyer's own specification calls for a 100 mm working area; {item} as quoted has a 2 m bed.",
        "Quote confirmed for the vacuum option at 10 to the minus 9 millibar, against a customer specification that asks for nothing better than 1 millibar.",
        "Delivery {incoterm}, manuals in English, and a rated capacity some 500 times the throughput {eu_short} gives for its plant.",
        "Required accuracy 1%; ordered accuracy 0.001%.",
        "Invoice and packing list attached for the high-power variant, which draws 3 MW at full load, while the buyer's site has a supply of a few hundred kilowatts.",
        "Customer's need: 2 litres an hour. Ordered: 1,000.",
        "Crates 1 to 4, net 950 kg, sensor head in the 40 GHz version for a stated need that stops at 1 MHz.",
        # correspondence
        "Buyer wrote: 'Normal room temperature is enough for us.' The version they ordered goes down to minus 150 degrees.",
        "Email, Femi Adeyemi, 12:03: 'they told me 200 cycles a second is their absolute ceiling, and the option they picked does two million.'",
        "Buyer asked: 'Is there a version with even more range? The 5 km one is fine, but maybe bigger.' Their stated need is under 100 metres.",
        # hedged
        "Our agent in {city} mentioned that the buyer's site works one shift a week, while {item} as ordered is rated for continuous 24-hour duty at full load.",
        "Apparently the buyer told our rep a detection limit of one part per thousand would be 'more than fine'; the model on the order goes to parts per trillion.",
        "I understand from the distributor that {eu_short} only handles samples of a few grams, and {item} was ordered in the configuration for 50 kg loads.",
        # buyer's question
        "Could you confirm the maximum output is 50 kW? We only need about 2, but we want this rating.",
        # non-native
        "Customer say need speed 100 rpm, but order the version with 60,000 rpm.",
        "The required measuring range according to the customer is up to 10 bar; the ordered version is designed for 2,000 bar.",
        "The client says he works with pieces of maximum 30 cm, and the machine accepts pieces of 3 metres.",
        "The client mentioned that 5 kg capacity is sufficient for him, but the ordered model is for 5 tonnes.",
        "The need expressed by the client is a precision of the millimetre, the equipment ordered gives the nanometre.",
        # log
        "20/{month}: buyer restated his need as 'a few readings a day'. Unit ordered logs 10,000 per second.",
    ],
    # Packaging or labelling inconsistent with the item or the shipping mode.
    "packaging_mismatch": [
        # faint
        "Buyer asks for the crates to be labelled 'kitchen appliances'.",
        "Pallet markings per customer: 'used office chairs'.",
        "Label text requested? - 'spare parts, assorted' (the consignment is one complete unit).",
        "Two pallets, 480 kg, shrink-wrapped, marked 'kitchen utensils' at the buyer's request, documents to follow by courier.",
        "Order {po} confirmed, invoice in EUR, crates to carry the buyer's own marks, which describe the contents as plumbing fittings.",
        "Shipping marks on the buyer's drawing show a different product name and weight from our packing list.",
        "Sea freight booked; buyer insists on airline-only labels and courier-style packs for the crates.",
        "Boxes to say 'printed books', per buyer.",
        "Quantity one, {incoterm}, fragile and this-way-up marks to be left off at the customer's request although the unit is shock-sensitive and weighs 300 kg.",
        "Buyer-supplied pallet labels give the content as 'furniture'.",
        "Documents in order, and the buyer's packing instruction asks for full sea crates with port marks on a consignment booked as air freight.",
        "Outer cartons to show no product name, no maker.",
        # correspondence
        "Buyer wrote: 'Please do not put your logo or the model number on the boxes, only write spare parts.'",
        "WhatsApp, Nuno, 09:31: 'they want it in suitcases. SUITCASES. for a 90 kg unit going by truck.'",
        "Email from {eu_short}, 16:02: 'Please no dangerous-goods stickers and no battery labels, even if the battery is inside.'",
        # hedged
        "Our agent in {city} mentioned that the buyer asked for the export cartons to be marked as textile samples.",
        "I understand from the distributor that the buyer's own labels for the crates list the contents as ceramic tiles.",
        "Apparently the customer wants {item} packed in household moving boxes for the flight.",
        # buyer's question
        "Could the unit be taken apart and spread across several boxes, each marked as a different household item?",
        # non-native
        "Customer want to write on the box it is toys, not write the machine name.",
        "The customer wishes the packages labelled as agricultural parts, which does not correspond to the content.",
        "The client asks to put the equipment in wooden fruit boxes and to write fruit on the label.",
        "Customer asks to mark boxes as construction materials, with same description in all papers.",
        "Buyer wants that the packages are labelled as medical consumables, but it is {item}.",
        # log
        "21/{month}: buyer sent his own labels for the pallets. Content description on them: 'garden tools'.",
    ],
}
