"""Sixth red-flag phrase bank, part A: five diversion red flags, low-salience style.

Free-text templates for five of the ten diversion red flags in POLICY.md
section 4: an evasive customer (purpose or onward export withheld), an item
outside the buyer's line of business, an unusual payment for an expensive
item, declined installation/training/warranty, and a freight forwarder,
trading house or P.O. Box as the final destination.

Written independently for this bank; earlier banks were consulted only for the
file format and slot conventions. Each template shows exactly one flag of its
key, no other flag and no end use. Unlike earlier banks, the signal is often
faint. Each list mixes roughly 40% "buried" sentences (the flag is one clause
among quote numbers, crate counts, dates, contacts and Incoterms), 25%
"explained away" applicant statements with a thin justification, 15% form,
questionnaire, CRM or ticket fragments, and 20% officer or compliance prose,
some over two or three sentences. Registers, lengths (about 5 to 60 words)
and openings vary, and the stock words of each flag's definition are avoided
where possible.

Slots used (and no other braces)::

    {eu} {eu_short} {city} {country} {item} {forwarder} {third_country}
    {po} {incoterm} {month} {year}

``{item}`` carries its article and never opens a sentence; ``{po}`` is an
order reference (a post-office box is always written out as "P.O. Box").
"""

RED_FLAGS_SIXTH_A: dict[str, list[str]] = {
    # The customer is evasive or unwilling to say what the item is for, or
    # whether it will be re-exported.
    "evasive": [
        # buried
        "Quote Q-2291 revised on 3 {month} for two units of {item}, crated, {incoterm}; Mr Haddad again did not answer the line asking where the equipment will be used, and asked us to send the pro forma regardless.",
        "Order {po} covers {item} plus spares kit and English manuals, 4 crates, 612 kg gross; the purpose box on the customer's form reads only 'as required' and the onward-export box was left empty.",
        "Pallet labels printed, invoice 88/{year} issued, and {eu_short} confirmed the delivery window of 12 to 16 {month}, though they have still not said what the unit is for despite three reminders from Katja.",
        "Spoke to Ms Oyelaran at {eu_short} about the freight quote and the insurance value; when I raised the question of selling it on abroad she changed the subject to the colour of the enclosure.",
        "Packing list v3 attached (3 cases, HS 9027.30), bank details unchanged, and per the client whether {item} stays in {country} 'will be discussed after delivery'.",
        "Commercial invoice, certificate of origin and test report went to {eu} on 19 {month}; their buyer replied to everything except our request for a signed statement of use, which he called paperwork 'between partners, not needed'.",
        "Delivery {incoterm}, dispatch two weeks after the down payment, warranty 24 months standard, and the purchasing manager asked that we stop asking him who the final user is.",
        "Item count reconciled (1 main unit, 2 controllers, 1 cable set), carrier booked, end-user certificate returned unsigned with the purpose line crossed through.",
        "The site contact, Mr Lindqvist, gave us the unloading dock hours and the forklift height, but when asked which department would receive {item} he said he was not at liberty to discuss it.",
        "Fourth email in the thread is about invoice currency and crate dimensions; our compliance team's question about possible resale outside {country} is simply not answered in any of them.",
        "Customer ref {po}, 1 x {item}, net weight 240 kg, EUR 96,400, letter of credit at sight; intended use: 'to be confirmed' (unchanged since {month}).",
        "We settled the spare-parts list and the voltage (400 V, 50 Hz) on the call with {eu_short}; they preferred not to say in which facility the machine would sit, or whether it might leave the country later.",
        "Order acknowledgement sent {month} {year}, dispatch from our Bremen warehouse in four cartons, and the buyer's reply to 'what will it be used for?' was a single question mark.",
        "Per Tuesday's call: price accepted, {incoterm} accepted, documentation in English accepted; what happens to the goods after receipt, 'we prefer to keep that internal'.",
        "Invoice 2024-311 paid on time, crate markings checked, and their engineer still calls the whole thing 'the project' whenever we ask what the instrument is for.",
        "Two near-identical RFQs from {eu}, quantities 1 and 3, both with the use line blank and a remark that export from {country} afterwards 'does not apply at this stage'.",
        # explained away
        "We are not in a position to describe our internal processes, as they are covered by a confidentiality agreement with our shareholders, but we confirm that {item} will be handled with care.",
        "Company policy is that we never tell suppliers what equipment is used for; this is normal in our sector and no reflection on this particular order.",
        "On onward supply: our group trades in many markets, so we cannot commit today to where the unit will be in two years, which we trust is understandable.",
        "Our technical director is travelling and is the only person who can speak about the use of {item}; we kindly ask that the licence be processed without that detail meanwhile.",
        "Dear Sir, the purpose is commercial secret of our company, we hope you understand, all other information we have give gladly.",
        "We regard the question of supplying the goods to other countries as hypothetical, since we have no plans either way, and would rather not sign a declaration that could limit us later.",
        "The use section was left open on purpose: our lawyers advised us not to put anything in writing until the contract is final.",
        "{eu_short} is a discreet company by nature. We have answered every question about quantity, price and delivery and believe that should be sufficient for an order of this size.",
        "Customers in our field are sensitive about competitors learning their methods, so we describe the purpose simply as 'general' and hope this is acceptable.",
        "Sorry for late reply about where machine goes after, we are still discuss with management, and anyway other suppliers do not normally ask this.",
        # forms, CRM, tickets
        "Q4 intended use: see attachment (no attachment received). Q7 re-export: 'N/A'. Q8 end-user signature: pending.",
        "CRM 4471 | {eu_short} | quote sent | contact refuses to fill the purpose field, says 'standard' | next step: chase",
        "Box 3 ('Describe use'): 'Confidential.' Box 4 ('Will the goods leave the country of destination?'): 'Not decided / no comment.'",
        "Ticket #20931: customer asked again for the 'final use' line to be removed from the order form before they sign.",
        "Field 'Final location of goods': blank. Field 'Purpose': 'upon request'. Requested 2 and 9 {month}; no response.",
        "Call log {month} {year}: buyer rang re freight cost; asked whether the unit would be exported again, said he 'would need to check' and ended the call soon after.",
        # officer / compliance prose
        "The applicant has asked its customer on three occasions to describe what will be done with {item}. Each reply has addressed a different point, and none has addressed that one.",
        "The consignee has signed the end-user undertaking but struck out the clause on onward export, without explanation. When contacted, the signatory said only that the clause was 'not relevant to them'.",
        "The use section of the application repeats the catalogue description and says nothing about what {eu} will do with the goods. Our follow-up question was acknowledged but not answered.",
        "Correspondence supplied by the exporter shows {eu_short} repeatedly deflecting questions about the purpose of the purchase, most recently by replying that the exporter 'should not worry about such things'.",
        "There is no statement of use on file. The exporter reports that the buyer treats the matter as confidential, and the buyer has also declined to confirm whether the goods will remain in {country}.",
        "Assessment note: the consignee answers commercial questions promptly and in detail; questions on purpose and onward supply receive vague answers or none. A further written request is recommended before decision.",
        "Despite a specific request from this office, the applicant has been unable to obtain from its customer in {city} any description of the intended use; the customer's position is that this is its own affair.",
        "Over four weeks, the buyer's answers on whether the equipment might later be sold outside {country} have moved from 'no' to 'possibly' to 'we cannot say'.",
    ],
    # The item does not fit the buyer's line of business.
    "line_of_business": [
        # buried
        "Quote 7731 for {item}, one crate, {incoterm}, addressed to {eu}, whose letterhead and website describe a chain of eleven hair salons in {city}; Ms Petrova confirmed delivery to the head office.",
        "Order {po} from {eu_short} (registered activity: retail of children's clothing) for {item}, net EUR 143,000, delivery in week 22, documentation in Russian and English.",
        "Got the signed pro forma back from {eu_short} today, the catering firm we met at the food fair, this time for {item}, two pallets, standard warranty.",
        "The commercial register lists wholesale of frozen fish as the only activity of {eu}; its purchase order for {item} asks for delivery to its cold store in {city} on 14 {month}.",
        "Insurance value USD 210,000, 3 cases, gross 780 kg, consignee {eu}, a travel agency with offices in {city} and two other towns, payment by wire on shipment.",
        "Mr Aziz, who signs as sales manager of a tile and bathroom-fittings showroom, placed the order for {item} by email on 4 {month} and asked for the manual in Arabic.",
        "Delivery note prepared for {item} to {eu_short} ('Golden Crust Bakeries' on the invoice), with the 380 V plug option and the extended spares kit they asked for.",
        "Customer {eu} (business per its own profile: wedding planning and event decoration) returned the signed terms for {item}, {incoterm}, with no changes.",
        "The pro forma for {item} went to the procurement desk of a used-car dealership in {city}, who accepted EUR 88,000 within a day and asked about crate sizes.",
        "Crates 1 to 4 of 4 ready at Gate B; consignee {eu_short}, whose VAT registration describes it as a real estate agency; carrier collects Thursday 10:00.",
        "On the call the buyer introduced his firm as importers of garden furniture and parasols, then confirmed the model number of {item} and a quantity of two.",
        "Credit check on {eu}: small tourism operator, 14 staff, boat excursions; order value EUR 164,500 for {item} plus accessories, 30% advance.",
        "Shipping marks agreed, seaworthy export cases, and the end user on the form is a mobile-phone accessories shop in {city}, its shopfront pictured in the attached brochure.",
        "Invoice to {eu}, a translation and interpreting bureau, for {item} with the certificate set, delivery {incoterm}, due {month} {year}.",
        "Their purchasing contact, Ms Lemaire, normally orders textile dyes from our sister company; the new enquiry is for {item}, to the same address as the dye orders.",
        "Order from the cosmetics distributor {eu_short} for {item}, quantity one, net 30, packed in two wooden crates with tilt indicators.",
        # explained away
        "Although we are best known for our restaurants, {eu_short} has always taken an interest in new technology and sees the acquisition of {item} as a natural step for a growing group.",
        "Our core activity is the import of tea and spices, but the owners have a wide network and believe strongly in the company having modern equipment.",
        "It is true that we are a flooring contractor. Our managing director has a long personal interest in this kind of equipment, and the company can afford it.",
        "We sell furniture, yes, but the purchase is made under our company name only because that is simpler for accounting; the decision was taken at board level.",
        "Please do not be confused by our website, which shows only our florist shops; the company recently widened its registered activities and this purchase is part of that.",
        "Our company mainly do import of shoes, but the director decide to invest in modern equipment and this order is very important for us.",
        "Yes, {eu} is registered as a driving school. The partners are entrepreneurs with broad interests, and we did not think the registration category would matter for a purchase like this.",
        "As a sportswear brand we understand the question, but innovation is part of our identity and we prefer to own such equipment ourselves.",
        "We run hotels in {city} and along the coast; buying {item} reflects the group's intention to diversify, and we have the financial means to support it.",
        "That our order history with you is packaging film only should not concern you; {eu_short} has always bought different things as opportunities arise.",
        # forms, CRM, tickets
        "Customer profile: {eu_short} | Sector: pet food retail | Previous orders: none | Current order: {item} x1 | Notes: none",
        "Q2 Principal business activity: 'Wholesale of fruit and vegetables'. Q3 Goods requested: {item}.",
        "Lead #5520 | source: web form | company: ladies' fashion boutique, {city} | interest: {item} | asked for price and lead time only",
        "NACE code on end-user certificate: 56.10 (restaurants and mobile food service). Goods: {item}.",
        "Account type: B2B retail (stationery and office supplies). Order {po}: {item}, qty 2, status confirmed.",
        "KYC line 4, 'Main products/services of end user': car wash and valeting. Line 5, 'Goods': {item}, serial numbers to follow.",
        # officer / compliance prose
        "The end user, {eu}, is registered as a wholesaler of household cleaning products and has no apparent history in any field where {item} would ordinarily be bought. The applicant has not commented on this.",
        "Open-source information shows the consignee operating a single bridal shop in {city}. Nothing on file explains why such a business would acquire equipment of this kind.",
        "I have compared the end user's published activities (property management and short-term lettings) with the goods applied for and can find no connection between them.",
        "{eu_short}'s annual accounts show turnover derived entirely from newspaper and lottery kiosks. The purchase of {item} sits outside anything the company has previously done or advertised.",
        "The applicant describes the buyer as a regular customer for office furniture. This is the first time that customer has ordered anything technical, and the order is some forty times its usual spend.",
        "Consignee: a firm of funeral directors. Goods: {item}. No link between the two has been offered, and the exporter's own sales note calls the order 'a surprise'.",
        "The company in {city} named as end user is licensed to run a chain of fitness studios. Its reply to our enquiry described that business at length but did not mention {item} at all.",
        "On the evidence supplied, the buyer distributes confectionery. An order for {item} from such a company is out of character and should be queried before any decision.",
    ],
    # Cash or another unusual payment for an expensive item.
    "unusual_payment": [
        # buried
        "Quote 5530 for {item} at EUR 176,000, {incoterm}, three crates; Mr Bashir accepted by phone and said the full amount would be brought in euro banknotes to our office on 11 {month}.",
        "Order {po}: 1 x {item} with spares and manuals, total USD 238,900, to be settled in twelve separate transfers from the personal accounts of the buyer's staff.",
        "Crate dimensions confirmed at 2.1 x 1.4 x 1.6 m, insurance at 110% of invoice value (CHF 152,000), and the client proposes paying in USDT to a wallet address of our choosing.",
        "Invoice 19/{year} issued to {eu} for EUR 94,750; remittance arrived the same week from a car rental company in {third_country} with no stated connection to the buyer.",
        "Pallets wrapped and labelled, carrier booked, and the customer's accountant asked whether we could take part of the USD 205,000 price in gold bars held in {city}.",
        "Standard 24-month warranty, delivery {incoterm}, and payment, as agreed on the call with Ms Karim, in notes on collection, roughly GBP 130,000.",
        "The signed order for {item} (EUR 312,000) arrived on 6 {month} with a request to split payment across prepaid cards of under EUR 10,000 each.",
        "Thomas has the pro forma ready; the buyer will wire nothing but will settle the full USD 167,000 through a money-exchange office in {city} on the day of dispatch.",
        "Freight quote accepted, packing list final, and {eu_short} has asked to pay the EUR 89,300 balance with a lot of copper cathodes instead of money.",
        "Two crates, 410 kg, HS code confirmed; invoice EUR 126,500 to be paid, per the buyer, by cashier's cheque drawn on an account in someone else's name.",
        "We went through the manual language and plug type with their director, Mr Oduya, and he repeated that he would like to hand the whole EUR 140,000 to our sales rep in an envelope.",
        "Order confirmation {po}, USD 198,000, 100% in advance by credit card, spread over several cards in the names of the director's relatives.",
        "The client agrees our price, the {incoterm} terms and delivery in {month}, and asks whether we can invoice a lower figure and receive the difference in hand.",
        "Export documents done, commercial invoice EUR 221,000; payment offered through an informal transfer agent in {city} rather than through any bank.",
        "Case markings per ISPM 15, consignee {eu}, and proof of payment supplied as a photo of a counter deposit slip: the full EUR 117,000 paid in over the counter at a branch.",
        "Meeting at their stand went fine: they liked the demo video, agreed the spec sheet for the EUR 190,000 order, and offered 15% above list if we take banknotes.",
        # explained away
        "We prefer to settle large purchases in physical currency, as bank transfers from {country} are slow and expensive; we have always worked this way with our suppliers.",
        "The payment will come from a partner company of ours that holds our funds abroad for tax reasons. This is a common arrangement in our region and entirely legal.",
        "Because of currency restrictions we propose to pay in cryptocurrency, which at present we find more secure than the banking system.",
        "Please accept payment from our director's personal account; the company account is moving to another bank, and this is simply more convenient for everyone.",
        "We would pay the whole amount in advance, in banknotes brought to your office, which we believe removes any risk for you as the seller.",
        "Our bank charges are very high, so friends of the company in different cities will each send part of the amount. The total will of course be correct.",
        "We offer to pay dollars cash because in our country this is normal for big machines, people trust cash more than bank.",
        "To show goodwill we are happy to pay a premium over your list price, provided settlement can be made by our business associate rather than from our own account.",
        "Instead of a letter of credit, which takes our bank weeks, we will transfer the EUR 160,000 in stablecoins; our finance team is very experienced with this.",
        "Part of the price will be offset against an old debt your former distributor owes our owner; the remainder, about EUR 70,000, we will bring in person.",
        # forms, CRM, tickets
        "Payment terms: cash, 100%, on collection. Order value: EUR 163,000. Currency: EUR banknotes.",
        "Payer (if different from buyer): 'Horizon Car Rentals Ltd'. Relationship to buyer: 'friend'. Amount: USD 184,500.",
        "CRM | {eu_short} | order {po} | client asks for a BTC wallet address to settle invoice of EUR 97k | escalated to finance",
        "Q9 Method of payment: 'Cash / gold / other, to be agreed'. Q10 Contract value: EUR 250,000.",
        "Ticket 3318: finance notes invoice 77/{year} (EUR 142,000) paid in 9 tranches from 6 unrelated senders.",
        "Remittance advice: sender 'Mr J. Park (private)'; reference 'machine'; amount USD 119,000; buyer of record: {eu}.",
        # officer / compliance prose
        "The exporter reports that the consignee has offered to pay the full price of about EUR 180,000 in cash. No reason has been given why a commercial buyer would settle a sum of this size outside the banking system.",
        "Payment for {item} was received from a third party with no evident link to {eu}. The exporter has not been able to establish why the end user did not pay from its own account.",
        "The buyer proposed settlement in a virtual currency for goods valued at over USD 200,000, and withdrew the proposal only when the exporter insisted on a bank transfer.",
        "The proposed payment structure, a series of small over-the-counter deposits made at different branches, is not consistent with a company-to-company purchase of equipment at this price.",
        "I draw attention to the exporter's note that the buyer offered part payment in bales of cotton for an order worth EUR 135,000. Barter of this kind is unusual in this trade.",
        "The consignee's offer to pay above list price, in cash, is difficult to reconcile with ordinary commercial behaviour and should be explained before the application proceeds.",
        "Records show the EUR 60,000 deposit for {item} was paid over the counter by an individual who is not an employee of {eu_short}. The balance is expected by the same route.",
        "The buyer in {city} has asked the exporter to accept payment through an exchange house instead of its own bank, for an invoice of some USD 175,000. The file gives no reason for this.",
    ],
    # The buyer declines the usual installation, training or warranty.
    "declines_service": [
        # buried
        "Quote 6120 accepted for {item}, two crates, {incoterm}; Mr Tan asked us to strike the on-site commissioning line (EUR 4,800) and the operator course, and confirmed the delivery address.",
        "Order {po}: main unit, accessories kit, manuals; warranty registration card returned blank with 'not needed' written across it.",
        "Packing in three cases confirmed, ETD 18 {month}, and the client has told our service desk not to schedule the installation engineer under any circumstances.",
        "Fine on the price and the {incoterm} terms; the buyer just wants the machine in its crates, no start-up visit, no training days, and the warranty certificate left out of the box.",
        "Delivery slot agreed with the site contact, Ms Rahman, who added that nobody from our side should come to install or set up {item}.",
        "Invoice value EUR 158,000 net of the service package, which {eu_short} removed from the order together with the extended warranty we normally include free.",
        "Crates 1 and 2 ready, paperwork in progress, and the operator training we supply with every unit has now been turned down a second time.",
        "During the call about voltage and plug type their engineer mentioned they would not need the warranty because 'nothing will go back to you anyway'.",
        "Order for {item} signed by {eu} on 2 {month}; section 6 (installation and acceptance test by supplier) crossed out and initialled.",
        "Freight booked with the usual carrier; the client's purchasing contact asked for the service-contract offer and the training brochure to be taken out of the document pack.",
        "We confirmed the spare-fuse kit and the English manual; the customer refuses the free two-day installation that comes with this model, no reason given.",
        "Site survey cancelled at the buyer's request, installation declined, payment by letter of credit as usual, delivery {incoterm} in week 34.",
        "Pro forma updated: unit price unchanged, 'Installation and commissioning, 3 days' deleted, 'Operator training, 2 days' deleted, warranty cut from 24 to 0 months at customer request.",
        "Mr Fuchs was helpful on shipping marks and customs codes but firm that our field engineer will not be needed on site for commissioning.",
        "2 pallets, 530 kg, insured for EUR 102,000; the customer waived the warranty in writing and asked for a discount equal to its value.",
        "Everything is agreed for {item} except the service side: {eu_short} will take neither the start-up visit nor the remote-support login we include as standard.",
        # explained away
        "Our own technicians are very experienced with all kinds of equipment, so installation by your engineer would be an unnecessary cost for us.",
        "We decline the training offered, as our staff learn quickly from the manual and we do not wish to take them away from their work for two days.",
        "The warranty is not of interest to us; in our experience problems are easier to solve locally than by sending parts back to Europe.",
        "Please remove the commissioning visit. Your engineer's travel to {city} would be complicated to arrange, and a local company we know can do the same job.",
        "We prefer install by ourself, it is our habit and our people like to understand machine from beginning, so no need your engineer to come.",
        "Since we will not use your installation service, we assume the warranty can be dropped as well, and would appreciate the corresponding price reduction.",
        "For reasons of site security, visits by outside personnel are difficult to arrange, so we will handle set-up and operator instruction in-house.",
        "Our insurance already covers equipment breakdown, which is why we have declined the manufacturer's warranty; otherwise we would be paying twice.",
        "Training is not required. The person who will run the machine has worked with similar models for previous employers.",
        "We would rather not sign the service agreement for now; this year's budget covers only the equipment itself.",
        # forms, CRM, tickets
        "Installation by supplier: NO. Operator training: NO. Warranty: declined. Remote diagnostics: NO.",
        "Service order SO-1182 cancelled by customer ({eu_short}); reason field: 'not required'.",
        "Q11 Installation/commissioning required? 'No.' Q12 Training required? 'No.' Q13 Extended warranty? 'No, and standard warranty also not needed.'",
        "CRM | {eu_short} | {item} | install booking: refused | training voucher: returned unused | warranty registration: not submitted",
        "Checklist item 7 (acceptance test at customer site): waived by customer, signed off by sales only.",
        "Phone note 14:20: buyer rang back, confirmed order, repeated no engineer visit, no course, just ship the boxes.",
        # officer / compliance prose
        "The exporter states that installation and operator training are normally included in the price of {item}. The consignee has declined both and offered no explanation.",
        "The buyer has waived the manufacturer's warranty on equipment valued at over EUR 150,000. A commercial user would ordinarily want that protection, and the waiver has not been explained.",
        "According to the sales file, {eu} asked late in negotiations for the commissioning visit to be removed from the contract. The exporter regards this as unusual for equipment of this kind.",
        "I note that the consignee has declined the supplier's training course and the warranty registration. Taken together, these choices mean the supplier will have no contact with the equipment after dispatch.",
        "The contract submitted omits the installation and acceptance clauses found in the exporter's standard terms; the exporter confirms they were deleted at the buyer's request.",
        "No service or warranty arrangements are in place. The buyer's stated reason, that local staff will manage, has not been substantiated.",
        "Exporter advises that {eu_short} refused the on-site set-up the manufacturer requires before the warranty takes effect, and has accepted that the unit will therefore ship without cover.",
        "The customer in {city} has told the exporter it wants neither installation nor any follow-up support. In the exporter's experience no previous buyer of this model has done so.",
    ],
    # A freight forwarder, trading house or post-office box is the final
    # destination.
    "forwarder_destination": [
        # buried
        "Quote 8840 for {item}, one crate, {incoterm}; the buyer gives the delivery address as the bonded warehouse of {forwarder} in {city}, attention Mr Osei, and no further address.",
        "Order {po} confirmed, invoice EUR 72,900, consignee on the air waybill {forwarder}, {city}, with the same company as notify party.",
        "Packing list and certificate of origin sent; goods to be delivered to P.O. Box 4471, {city}, per the customer's purchase order.",
        "Shipping marks '{eu_short} / {po} / 1 of 3', deliver to {forwarder}, Warehouse 7, {city}, an address marked 'final' on the buyer's form.",
        "The end-user certificate gives the end user's address as P.O. Box 2090, {city}, {country}, and no street address appears anywhere in the file.",
        "Two cases, 380 kg, insured EUR 118,000; the buyer asked us to address the consignment to a general trading company in {city} that is not mentioned elsewhere in the order.",
        "Ms Varga confirmed the pickup on 9 {month} and that the goods will 'stay with {forwarder}' on arrival, since that is where the client's delivery ends.",
        "Delivery {incoterm}, payment 30 days net, and the ultimate consignee on the licence form is an import-export trading house in {city} rather than {eu}.",
        "The customer's purchase order reads 'Ship to: P.O. Box 118, {city}' and 'Bill to: {eu}', at the same P.O. Box.",
        "Commercial invoice and packing list finalised on 20 {month}; consignee {forwarder}, and the client says no onward delivery address will be needed for the crate.",
        "Chatted with Ravi at {eu_short}: price fine, crates fine, documents fine, and everything is to go to their trading agent in {city}, which he called the end of the line for us.",
        "Export packing, 3 cases, HS 8456.11; the end user in section B is {forwarder}, the same company that appears as freight agent in section D.",
        "Dispatch note for {item}: ship to {forwarder}, {city}; customer reference {po}; site address field filled in as 'c/o forwarder'.",
        "Invoice addressed to {eu} at a P.O. Box in {city}, goods to the same P.O. Box, contact by mobile number only.",
        "Crate sizes and the {month} {year} delivery agreed with Mr Haddou; the receiving party will be the trading company that placed the order, which holds goods for its own customers.",
        # explained away
        "For convenience all our imports are received by {forwarder}, who handle customs and storage for us; please show them as the end user on the documents.",
        "We use a P.O. Box because street addresses in {city} are unreliable, so please send {item} and all correspondence to P.O. Box 5512.",
        "Our company has no warehouse of its own, so the goods will be delivered to our trading partner in {city}, who will keep them on our behalf.",
        "{eu_short} acts as a trading house for several regional buyers; in our business it is normal that the supplier delivers to us and the matter ends there.",
        "Please write consignee as {forwarder}. This is our usual agent, they know the customs, it is easier like this for everybody.",
        "The delivery address is a forwarding agent only because our new premises are not yet registered; the forwarder is fully reliable and has worked with us for years.",
        "All our suppliers ship to the P.O. Box, which is checked daily, and we have never had a problem with deliveries of any size.",
        "As a trading company we buy on our own account, so for your purposes we are the final consignee and further end-user details do not arise.",
        "It is simpler for us if the goods remain with {forwarder} in {city}; they have secure storage and that suits our way of working.",
        "We kindly ask you to address the crates to our commercial agent, {forwarder}, who is authorised to receive all goods destined for our group.",
        # forms, CRM, tickets
        "Air waybill draft: shipper us, consignee {forwarder} ({city}), final destination field: same as consignee.",
        "Final destination / end-user address: P.O. Box 771, {city}, {country}. Street address: none given.",
        "Ultimate consignee: {forwarder}. Activity of ultimate consignee: freight forwarding and storage.",
        "CRM {po} | ship-to changed from 'customer site' to 'c/o {forwarder}, {city}' at customer request | delivery ends at forwarder",
        "Q5 Where will the goods be installed? 'Warehouse of {forwarder}'. Q6 Name of end user: 'Same as Q5'.",
        "Ticket 6602: customer asked us to print 'P.O. Box 39' as the delivery address on the crate labels and the invoice.",
        # officer / compliance prose
        "The only delivery address in the application is that of {forwarder}, a freight-forwarding company in {city}. Nothing in the file identifies any party beyond the forwarder who will receive the goods.",
        "The end-user undertaking is signed by a general trading company. Trading houses do not ordinarily keep goods of this kind themselves, and no customer of the trading house is named.",
        "The end user's address is a post-office box, and searches have found no premises associated with it.",
        "According to the exporter, the goods will be delivered to a logistics company's warehouse, which the buyer describes as the final point of delivery. No other address appears in the contract.",
        "Applicant lists {forwarder} as both consignee and end user. I have confirmed with the exporter that it holds no other address.",
        "The consignee on the licence form is an import-export trading company in {city} with no apparent operational premises. The exporter describes it as the final destination.",
        "Delivery is to P.O. Box 1204 in {city}. The exporter has no street address for {eu} and has never visited it.",
        "The exporter's shipping instructions end at the forwarder's depot in {city}; the contract treats hand-over to {forwarder} as completion of delivery and is silent on any further consignee.",
        "I note that the final destination in box 7 is a freight forwarder rather than the end user's premises. The exporter says the buyer requested this and treats it as normal practice.",
    ],
}
