"""Sixth red-flag phrase bank, part B: five diversion red flags.

Free-text templates for five of the ten diversion red flags in POLICY.md
section 4: a roundabout shipping route or unexplained transshipment, vague
delivery dates or an unexplained rush, a buyer unfamiliar with the item's
performance who still insists on it, capability far beyond the stated need,
and packaging or labelling inconsistent with the item or shipping mode.

Written independently for this bank; earlier banks were consulted only for the
file format and slot conventions, not for wording. Each template shows exactly
the one flag of its key, no other flag and no end use. The style mix per list
is roughly: 40% "buried" single sentences where the flag is one clause among
neutral commercial and logistics facts (quotes, crate counts, contacts,
Incoterms); 25% "explained away", the applicant stating the fact in its own
favourable framing with a thin justification; 15% form, questionnaire, CRM or
ticket fragments; 20% formal officer or compliance prose, some spread over two
or three sentences. Registers include emails, phone notes, terse logs and
non-native English; ``capability_excess`` states the mismatch in figures
without naming any purpose.

Slots used (and no other braces)::

    {eu} {eu_short} {city} {country} {item} {forwarder} {third_country}
    {hub_city} {po} {incoterm} {month} {year}

``{item}`` carries its article and never opens a sentence; ``{po}`` is an
order reference (a post-office box is always written out as "P.O. Box").
"""

RED_FLAGS_SIXTH_B: dict[str, list[str]] = {
    # An unusual or roundabout shipping route, or transshipment through a
    # third country for no reason.
    "roundabout_route": [
        # buried
        "Quote Q-24118 accepted on 3 March; two crates, 412 kg gross, {incoterm}, routed out to {hub_city} and then overland back west to {city}, contact on site is Mr. Halvorsen.",
        "Order {po}: 6 cartons, invoice in EUR, shipment to fly to {hub_city}, then go by truck through {third_country} and on to {city}, delivery contact Ms Okafor, ext. 214.",
        "Per our call of Tuesday, pro forma 7731 stands at the agreed price, the pallets will be cleared in {third_country} and re-manifested there before the last leg to {country}, and the packing list goes in crate 1.",
        "Consignment of {item} in 14 packages, AWB pending, carrier to hold it at {hub_city} and rebook with a second airline to {city} even though the first one flies there direct, booking ref {po}.",
        "Delivery address unchanged ({eu}, {city}); the customer's booking takes the freight out through {third_country} and two further ports before it reaches {country}, which is a single truck day from our plant.",
        "Thanks for the signed T&Cs - crate dims 120x80x95, 3 crates in total, and the buyer wants one bill of lading to {hub_city} and a separate one issued there for {city}.",
        "Invoice 55-0912 to {eu_short}, 1 pallet, {incoterm}; routing requested: Antwerp - {hub_city} - {third_country} - {city}.",
        "Shipment week 22, two wooden cases, insured value as quoted, goods to be unloaded and reloaded in a bonded store in {third_country} before moving on to {city}.",
        "Spoke to Daniel at {eu_short} logistics: 4 boxes, dims confirmed, they want them flown east to {hub_city} and trucked back across two borders to {city}; he sends the EORI tomorrow.",
        "Attached are the packing list and commercial invoice for {item}; the freight will pass through {third_country} twice, once outbound and once on the way back, before final delivery in {city}.",
        "Serial numbers 4410-4413, one crate each, customs broker {forwarder} to file transit papers for {third_country} and {hub_city}, final consignee {eu} in {city}, terms {incoterm}.",
        "Lead time eight weeks, price held until {month}, and the routing on the buyer's purchase order runs via {hub_city} although the port of {city} is served by the same vessel directly.",
        "With PO {po} now received, the goods are to be split across three sailings, each via a different transhipment port, all ending at the same warehouse in {city}.",
        "Cargo value EUR 48,200, one 20-ft container, buyer's nominated routing {incoterm} then rail into {third_country}, transload, and road back to {country}.",
        "Mrs. Lindqvist confirmed the delivery window and the 2 pallets, adding that the freight should first be landed in {third_country} and only later sent on to {country}.",
        "Gross 1.1 t over 5 crates, tariff line as previously, and the booking shows a stop in {hub_city} with a change of vessel although a direct service runs weekly.",
        # explained away
        "We prefer to receive via {hub_city} because our group always used that route, even if it is longer; it is simply what our accounts team knows.",
        "Going through {third_country} first may look a bit odd, but our import agent there gives us a good rate, so we asked for it that way.",
        "Honestly the direct line would be faster, we know. The transit through {hub_city} is just how our freight contract was negotiated last year.",
        "The shipment should go to {third_country} and after to us in {city}, this is our normal way, the paperworks are more easy for us like this.",
        "Our colleague in {third_country} like to see the boxes arrive good before they come to {country}, so please send there first, is only one extra week.",
        "We have asked for two transhipments because the second carrier offers us a loyalty discount; the extra distance is not a concern on our side.",
        "Yes, the route via {hub_city} and {third_country} adds about 4,000 km, but our director wants all our cargo to stay on one airline alliance.",
        "Routing through {third_country} is requested for customs simplicity on our side, though the buyer could not point to any rule that requires it.",
        "Please don't worry about the detour - the consignee is used to receiving from {hub_city} and it keeps things familiar for their warehouse staff.",
        "The buyer describes the zigzag via {third_country} as 'habit from the old supplier' and agrees the direct lane would work, yet still asks for the indirect one.",
        # forms / tickets
        "Routing (as requested by consignee): origin > {hub_city} > {third_country} > {city}. Reason for transit points: not stated.",
        "Q11 Intermediate countries: {third_country}, plus a second stop at {hub_city}. Q12 Reason for intermediate stops: -",
        "Ticket #88214 | Logistics | Customer asks for cargo to be off-loaded and re-booked in {third_country}; direct option offered, declined.",
        "Transit: {third_country} (3 days, change of carrier) | Direct alternative available: yes | Why not direct: customer preference",
        "Transit via {third_country}: buyer's choice, no reason.",
        "CRM note 14 {month}: lane changed by buyer from direct to a three-leg itinerary through {third_country}; no commercial reason recorded.",
        # officer prose
        "The proposed itinerary takes the consignment away from {country} to {hub_city} and then back again, a detour of several thousand kilometres for which the applicant offers no explanation.",
        "Transhipment in {third_country} is not required by any carrier schedule we could identify. The applicant confirms that a direct sailing exists. The routing was specified by the consignee.",
        "According to the booking, the goods will change carriers in {third_country}, a country with no commercial link to either party. The file does not say why.",
        "The declared route involves two intermediate countries where one would suffice and none would be normal for this lane. Clarification was requested in writing; the applicant replied only that the consignee prefers it so, and did not identify any cost, schedule or regulatory advantage. The itinerary remains unchanged in the revised submission.",
        "Route checked against the carrier's published schedules: the {hub_city} leg adds cost and transit time without any logistical benefit. Referred back to the exporter for clarification.",
        "Asked to justify shipping via {third_country}, the applicant referred only to 'the buyer's instructions' and gave no operational reason.",
        "Unlike previous shipments to {eu_short}, which went direct, this one is booked through {hub_city} and {third_country}; nothing in the application accounts for the change.",
        "Air waybill data show departure to {hub_city}, a stopover of eleven days and a fresh booking to {city}, although a non-stop service was available throughout.",
    ],
    # Vague delivery dates or an unexplained rush.
    "rush_vague_dates": [
        # buried
        "Offer 3317 accepted, two crates of {item}, {incoterm}, and the customer wants it on a truck by Thursday although the contract has no deadline clause; contact is Mr. Aziz.",
        "Invoice to {eu}, net 30 as usual, pallet count 3, delivery 'sometime after {month}, maybe later, we will tell you'.",
        "PO {po} for {item} confirmed, packing at our Bremen plant, and the buyer asks us to jump the normal queue and ship within 48 hours, with no reason offered.",
        "Per Anna in sales: 1 crate, 280 kg, insured, delivery date left blank on the purchase order, and the buyer says 'whenever it suits, this year or next'.",
        "Our standard lead time was quoted as 10 weeks; the client answered within the hour asking for dispatch this week and offering to cover express air freight.",
        "Commercial invoice and packing list attached, HS code unchanged, required delivery date: 'TBC', requested ship date: 'TBC'.",
        "Shipment of {item} to {city}, terms {incoterm}, two wooden boxes, and the end user has now pulled the required date forward by five weeks without saying why.",
        "Pricing valid until {month} {year}, serial number allocated, but the consignee still cannot say in which quarter it wants the goods.",
        "Ms. Varga rang at 7 am: they need the unit packed tonight and at the airport tomorrow, quote 2291 is fine, no explanation for the hurry.",
        "Freight booked with {forwarder}, 4 cartons, gross 96 kg, and the buyer wants delivery 'as early as physically possible' although its own order form names December.",
        "Quantity 2 under {po}, unit price per quote, ETA field reads 'flexible - any time in the next 18 months'.",
        "We received the signed order for {item} on Monday together with a demand to air-freight it the same week, overriding the sea freight they picked in the quote.",
        "EORI on file and the crate markings agreed, though the customer now says delivery can be 'this spring, or autumn, we are not sure yet'.",
        "Two pallets at {incoterm}, insurance at 110% of invoice value, and a delivery date that has changed four times in six weeks, each time without a reason.",
        "Site contact Mr. Bello, loading bay 3, and note the buyer insists on weekend dispatch to meet 'an internal date' that nobody on their side could name.",
        "Pro forma 8820 for {item}, 1 case, delivery requested 'yesterday if possible', per the buyer's email of 3 {month}.",
        # explained away
        "We are in a little hurry only because we want to close the order before our holidays, nothing special, please ship as quick as you can.",
        "The date is open because our planning is still being finalised; we will confirm once things settle, there is no problem on our side.",
        "Sorry for pushing. Our boss simply likes things done quickly, so if you can send {item} by Friday we will be very grateful.",
        "We cannot give an exact date yet, our schedule moves a lot; let's say this year, roughly, and we'll see.",
        "The short deadline is just an internal target set by our management; it is not linked to anything in particular.",
        "Delivery 'around the middle of the year, or slightly later' is usual for us, we never fix dates with suppliers, it is our company culture.",
        "They put the rush down to 'budget that has to be spent', a common enough line, although the deadline they quote is three days away.",
        "We asked for express because we are impatient people, ha ha, please don't read anything into it.",
        "According to the buyer, the date is 'fluid' because its warehouse lease is being renegotiated, and promises to confirm 'at some point'.",
        "Urgent only because the previous supplier was slow and we want to show our director that this time it goes fast.",
        # forms / tickets
        "Required delivery date: ASAP | Reason for urgency: (left blank)",
        "ETA: open-ended, per buyer.",
        "CRM 2291 | Status: awaiting ship date from customer (third follow-up, still no date given)",
        "Ticket #4410 | Priority: customer escalated to URGENT, wants goods out in 24h; no deadline in the contract.",
        "Delivery schedule: Q? {year} / open | Partial deliveries: n/a | Comment: customer unable to commit to a month",
        "Requested dispatch: immediately. Standard lead time: 12 weeks. Difference explained by customer: no.",
        # officer prose
        "When asked for a delivery schedule, the applicant replied only that the goods are needed 'very soon'. No event, contract milestone or deadline was cited.",
        "The end user's requested delivery date has moved earlier three times since the first enquiry, most recently to within a week, with no stated cause.",
        "No delivery date appears anywhere in the contract, the purchase order or the correspondence. When asked, the exporter said the consignee 'has not decided', and a second request produced only the answer that a date would follow 'in due course'. The file therefore contains no delivery schedule of any kind against which the shipment could be checked.",
        "The consignee wants the goods shipped before a licence could normally be processed and has asked whether the review can be shortened. No reason for the timing was given.",
        "The pace of this order is striking: enquiry, acceptance and a demand for same-week shipment all within ten days, and nothing in the file explains the hurry.",
        "The delivery window given ('{month} {year} or later, depending') is too open to assess, and the applicant could not narrow it when asked.",
        "Records show that the buyer has twice cancelled and re-requested a delivery slot at short notice. Its explanation on each occasion was that 'dates are not yet known'.",
        "Although sea freight was quoted and accepted, the consignee now demands air freight at short notice. It has provided no reason for the change of pace.",
    ],
    # The buyer seems unfamiliar with the item's performance, yet insists on it.
    "unfamiliar_buyer": [
        # buried
        "Quote 6021 for {item} stands at list price, two crates, {incoterm}, and the buyer, who asked our engineer what 'repeatability' means, still wants only the top model.",
        "Call notes 12 {month}: contact Mr. Rahimi, delivery to {city}, 1 pallet; he could not tell us what resolution he requires but would take no model other than the 4000 series.",
        "PO {po}: quantity 1, and the spec sheet the customer attached is our own brochure with the highest figures circled, none of which they could explain on the phone.",
        "Three cartons packed, and the purchaser again asked which way up the sensor head goes while insisting on the exact part number quoted.",
        "Invoice address {eu}, delivery address the same; their contact mixed up microns and millimetres in every email yet refuses the standard variant.",
        "Per Jonas in sales, lead time 9 weeks; the customer keeps quoting a figure from a model we discontinued and wants {item} to 'do exactly that number'.",
        "Two wooden cases at {incoterm}, standard payment terms, and the buyer's technical contact asked us to tell him what the tolerances on his own order are.",
        "Shipment to {city} confirmed for week 30, and the client, though unable to explain the difference between the two versions, would only sign for the more precise one.",
        "Contact is Ms. Oduya, dock B; she copied a part number from an old tender and, asked what it stands for, said 'it is the one we need, I do not know the numbers'.",
        "Reference {po} quoted, HS code as before, and the buyer sent a requirement list with the units missing from every line but insisted the numbers be met exactly.",
        "Crate dims 140x90x110, gross 640 kg, and at the showroom the visitors from {eu_short} could not find their way round the settings yet insisted on the premium configuration.",
        "Order confirmation for {item} went out on 4 {month}; the buyer had asked whether the accuracy figure is 'good or bad', then turned down two cheaper alternatives, saying it must be the model in the tender.",
        "EUR pro forma issued, one crate, and our applications team noted the customer did not recognise the basic terms on our datasheet, though it specified the highest grade on its PO.",
        "Delivery terms {incoterm}, two pallets, and on Tuesday's video call the buyer read each specification off a printout, could not answer a single follow-up, and refused any other model.",
        "Insurance certificate requested, serials allocated, and the purchasing officer could not say what throughput means for {item} but wrote 'maximum version only' on the order.",
        "Freight quote from {forwarder} accepted; the customer phoned twice to ask what the figures on the rating plate mean, and both times repeated that no substitute will be accepted.",
        # explained away
        "I am not a technical person, I only know our engineers said this model and no other, so please do not propose alternatives.",
        "Our specialists are away, so I cannot answer your questions about the parameters, but the order must be for precisely this version.",
        "We don't need to know all the figures; the supplier recommended it to our previous manager and we trust that choice completely.",
        "Forgive my questions about what the sensitivity values mean, we are new to this equipment, but we are sure we want the highest specification.",
        "He admitted he had 'no idea' what the frequency range implied and explained that head office simply wants the best one in the catalogue.",
        "We chose it from the internet, the specs look very good. What does this 'dynamic range' mean exactly? Anyway we want this one.",
        "It's the model our partner told us to get. Numbers are not my department - just confirm you can deliver exactly the one on the quote.",
        "The contact says the colleague who 'understands the numbers' has left the company, but the order for the top-tier version must stand unchanged.",
        "We will learn the details once it arrives; for now the important thing is that it is the exact configuration we asked for.",
        "Apologies, I confused the cooling figure with the power figure in my last mail. In any case management approved only this model, so no changes please.",
        # forms / tickets
        "Technical requirement (customer's words): 'the best one'. Customer able to state required performance: no. Substitution accepted: no.",
        "Q9 Key performance parameters required: 'as in your brochure'. Q10 Can a lower-grade model be supplied: 'No.'",
        "Buyer: specs unknown; model non-negotiable.",
        "Ticket #5120 | Pre-sales | Customer asked what 'resolution' refers to; same customer rejected the equivalent model offered.",
        "Spec confirmation: customer could not confirm any figure | Model requested: highest variant only | Notes: asked us to 'fill in' the spec sheet for them",
        "Answer to 'describe required performance': copy of manufacturer's datasheet, unannotated. Follow-up questions: unanswered. Model: fixed by buyer.",
        # officer prose
        "During the pre-sales call the buyer's representatives could not describe any performance parameter of {item}. They nonetheless refused the alternatives offered and insisted on the specific variant quoted.",
        "The end user appears to lack basic familiarity with the item: its questions concerned elementary operating terms. Yet its order specifies a precise configuration and excludes substitutes.",
        "The applicant reports that the consignee asked it to explain the meaning of figures that the consignee itself had written into the purchase order.",
        "There is a gap between the buyer's technical knowledge, which on the evidence of the correspondence is minimal, and the firmness with which it demands one particular model.",
        "The exporter's engineer notes that the customer could not say what accuracy it required. Offered a standard unit, the customer declined and repeated its order for the highest-rated version.",
        "Correspondence shows the purchaser confusing basic units and asking which specification is 'better', while rejecting every equivalent proposed.",
        "I have reviewed the email chain. The buyer never engages with how the item performs; it simply repeats the part number and refuses alternatives.",
        "The consignee's insistence on this exact model is hard to reconcile with its evident unfamiliarity with how the model performs. The exporter has been asked to describe the technical discussions held.",
    ],
    # The item's capability is far beyond what the stated use or the
    # destination needs (mismatch stated in figures, no purpose named).
    "capability_excess": [
        # buried
        "Ref. 7108: one unit of {item} rated at 50 kW, two crates, {incoterm}; the customer's own stated requirement, per its enquiry, is under 2 kW.",
        "PO {po} is for the 0.1-micron model, although the tolerance in the buyer's drawing pack is +/-0.5 mm; delivery {city}, contact Mr. Petrov.",
        "Packing list attached, 1 crate, 720 kg; the order is for the 16-channel version while the customer's stated need, repeated twice, is a single channel.",
        "Invoice to {eu_short}, delivery week 40, and the unit specified sustains 40,000 rpm although the customer's requirement form lists 3,000 rpm.",
        "Two pallets, insured, and the resolution ordered is roughly a hundred times finer than the figure in the buyer's own specification.",
        "Confirmed with Ms. Haddad: 1 unit to {city}, vacuum rating 1e-9 mbar, although the specification they sent asks only for 1e-3 mbar.",
        "Price as quoted, 14-week lead time, and the ordered model handles temperatures to 2,000 C where the end user's stated range tops out at 150 C.",
        "Freight via {forwarder}, 3 boxes, and the throughput of {item} is about twenty times the volume the buyer told us it handles in a whole year.",
        "Order {po}: quantity 12, whereas the customer's described requirement would be covered by one unit, two at most.",
        "Serial numbers reserved, delivery {incoterm}, and the buyer chose the 10 GHz variant although every frequency in its requirement list is below 50 MHz.",
        "Mr. Chen will sign for the goods in {city}; the model he ordered has full five-axis control, while the drawings he sent need only two axes.",
        "Sampling rate selected for {item} under pro forma 3390 is 5 GS/s, 1 case, against a stated need of a few kilohertz.",
        "Shipment in {month}, gross 2.4 t, and the supply at the consignee's address is a single-phase domestic connection, nowhere near what the ordered 400 kVA unit is built to deliver.",
        "Tariff line confirmed, and the consignee's site, per its own floor plan, is 30 square metres, while the ordered installation is sized for premises many times larger.",
        "Ms. Nakamura receives the two crates; the pressure rating ordered is 3,000 bar and the buyer's system, by its own figures, never exceeds 6 bar.",
        "Accepted by email on {incoterm} terms, and the buyer selected the hardened high-stability version although its stated tolerance is one any entry-level unit meets.",
        # explained away
        "Yes, it is much stronger than we need today, but we prefer to buy once and never think about it again.",
        "Our figure is only 5 microns, true; we take the 0.05-micron model because it is 'future-proof', as our management says.",
        "The bigger model is simply what our board approved; even if it is ten times more than we need, it gives us comfort.",
        "We know the rating is way above our numbers. The price difference was small, so why not take the best one?",
        "A lot more capacity than we use, okay, but maybe our business grows one day, so better big than small.",
        "The customer explains the hundred-fold margin over its stated figure as 'for safety', though no standard it cites calls for such a margin.",
        "It is over-specified for us, we agree; our engineers just like to have reserve, this is normal in our country.",
        "The larger output was chosen to 'avoid upgrading later', although the buyer also confirmed its requirement is fixed and will not change.",
        "We selected maximum performance because the catalogue says it is the most popular. Our actual figure is much lower, but that is fine for us.",
        "Please don't worry that the spec is higher than what we wrote in section 3 - our last supplier also sold us the top version and it was no problem.",
        # forms / tickets
        "Stated requirement: 1 kg/h | Rated capacity of item ordered: 400 kg/h | Explanation of difference: none given",
        "Q6 Required accuracy: +/-1 mm. Q7 Accuracy of model ordered: +/-1 um. Q8 Why this model: 'best available'.",
        "CRM | Opp. 5512 | Buyer spec: 2 channels; ordered: 64-channel variant. Sales asked why; awaiting answer.",
        "Ticket #6633 | Application review | Ordered speed 60,000 rpm vs. customer's stated max need 1,500 rpm.",
        "Spec ordered: x100 stated need. Why: -",
        "Destination site power: 16 A single-phase. Item rating: 250 kW three-phase. Applicant comment: -",
        # officer prose
        "The capability of {item} far exceeds the performance the end user says it needs: the stated requirement could be met by the manufacturer's entry-level model at a fraction of the price.",
        "By the applicant's own figures, the required precision is in the millimetre range. The item ordered is specified to the sub-micron range. No reason for the difference is given.",
        "The quantity applied for would cover the stated requirement many times over. The applicant was unable to say why twelve units are needed where one would do, and its further reply restated the original figures without reconciling them. On the information supplied, the order is around an order of magnitude larger than the need it describes.",
        "The item's rated output is some fifty times what the consignee's declared throughput requires, and the facility as described could not make use of it.",
        "I note that the ordered configuration includes every high-performance option in the catalogue, none of which relates to anything in the end user's stated requirement.",
        "Set against the end-user statement, the datasheet puts the item's sensitivity about three orders of magnitude beyond anything the stated requirement could call for.",
        "Nothing at the destination, on the end user's own description of its premises, would need equipment of this class; a far smaller unit would be sufficient.",
        "The performance ordered is disproportionate to the requirement stated in the application. The exporter concedes that a lower-specification model was offered and turned down.",
    ],
    # Packaging or labelling inconsistent with the item or the shipping mode.
    "packaging_mismatch": [
        # buried
        "Confirmation 4420 sent; one unit of {item}, {incoterm}, and the buyer asks for the outer crate to be stencilled 'agricultural spare parts', contact Mr. Laine in {city}.",
        "For {po}, 2 cartons, delivery week 18, and per the customer all manufacturer logos and model plates are to be left off the boxes.",
        "Packed at our Lyon site, gross 85 kg, air freight booked for a six-hour flight, yet the customer wants ocean-grade crating with desiccant rated for months at sea.",
        "Invoice in USD, two crates, and the shipping marks the buyer sent us describe the contents as 'household goods'.",
        "Delivery contact Ms. Ferreira; the gross weight on the buyer's label is 40 kg while the crate holding {item} weighs 310 kg.",
        "Six-week lead time confirmed; the consignee has supplied its own plain boxes and asked that our branded packaging not be used.",
        "Commercial invoice attached; the customer's label template lists the goods as 'office furniture' and gives a different HS code from ours.",
        "Freight handled by {forwarder}, 5 packages, and the customer wants the shock-sensitive unit shipped by sea in standard cardboard, with no tilt or shock indicators.",
        "HS code agreed, and the buyer now wants the crates marked 'fragile - textiles' although they contain a steel-framed machine.",
        "Order {po} for {item}, 1 pallet, and the consignee's logistics contact asks that the serial number labels be peeled off before packing.",
        "Delivery {incoterm}, three crates, with the buyer specifying road-freight labels only, even though the booking is by air and the airline needs IATA marks.",
        "Spoke with Tomas at {eu_short}: boxes must show only a carton number, with no description, no weight and no consignee, which he says their warehouse prefers.",
        "Gross 480 kg over two insured pallets, and the labels the buyer emailed describe a single 20 kg parcel.",
        "Pro forma 9031, delivery to {city} in {month}, and the customer asked that {item} be packed in crates bearing a different manufacturer's name.",
        "Shipment week 27, one case; the buyer wants flammable-liquid hazard labels on a consignment that contains no liquids at all.",
        "Packing list and photos attached; the customer asked us to split the unit into several small parcels marked 'samples', although it normally ships as one assembled item.",
        # explained away
        "We ask for neutral boxes without your name only because competitors watch our warehouse, it is just commercial discretion.",
        "Please write 'machine parts' on the crates, it is easier for our customs broker and the description is not wrong, only general.",
        "The plain cartons are because our store room is shared with another firm; we prefer that nobody sees what we buy.",
        "Just mark it 'spare parts, no commercial value' so the clearing goes faster - it's what everyone does here.",
        "Unmarked crates are wanted for 'theft prevention in transit', the buyer explains, although the carrier's standard secure service was offered.",
        "We sent our own label design with a different product name only because our ERP system uses internal names, nothing more.",
        "Sea-freight packing for an air shipment is simply because we will reuse the crates later; please don't worry about the extra weight.",
        "Our logistics team wants the model number covered with tape; it is a habit from a theft we had years ago, that's all.",
        "The consignee asks that the outer packaging read 'used test equipment', saying this is how its import records are kept, though the unit is new.",
        "It's fine to label it as accessories only - the main unit is technically also an accessory to our system, so it is correct in a way.",
        # forms / tickets
        "Outer marking requested: 'Auto parts'. Actual contents: {item}. Customer reason: none.",
        "Crate marking: 'toys'. Contents: {item}.",
        "CRM | Order 3318 | Buyer asks labels to state 10 kg per box; warehouse weighed 95 kg per box. On hold.",
        "Ticket #7702 | Dispatch | Customer requests removal of nameplates and serials before packing; escalated to compliance.",
        "Packaging: customer-supplied unbranded cardboard | Item: precision unit, normally shock-crated | Mode: ocean freight",
        "Declared description on shipping marks: 'general merchandise'. Description on invoice: {item}. Mismatch noted: yes.",
        # officer prose
        "The packing instructions supplied by the consignee would describe the contents as general hardware. That description does not match the item, and the consignee has not explained it.",
        "The applicant reports a request that all identifying marks be removed from the goods and their packaging. No commercial or regulatory reason has been offered.",
        "Packaging specified by the buyer is unsuitable for the mode of transport: lightweight cartons for a heavy unit travelling by sea, with no moisture protection.",
        "On comparison, the weights and dimensions on the buyer's shipping labels differ from those on the exporter's packing list by a factor of roughly five.",
        "A request has come from the buyer that the goods travel in crates marked with another company's name and product. This is inconsistent with the item and with the exporter's normal practice.",
        "The labelling requested for this consignment bears no relation to its contents. The exporter was asked to confirm what the crates will actually be marked with and has not yet replied.",
        "Consignee-provided labels describe the shipment as textiles, classify it under a clothing tariff heading, and omit the handling marks the item requires.",
        "The shipping instructions call for air-freight packaging and labels, while the booking is for rail. The applicant could not account for the difference.",
    ],
}
