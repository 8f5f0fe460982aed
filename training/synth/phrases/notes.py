"""Phrase bank for the free-text notes / end-use fields of synthetic licence applications.

Pure data, no logic. Two dicts:

``RED_FLAGS``
    One key per diversion red flag in POLICY.md section 4. Each value is a list of
    one-sentence (occasionally two-sentence) templates that show the flag, many of
    them indirectly (the flag is evident but not named).

``NEUTRAL``
    Hard negatives: notes on the same topics (shipping, payment, installation,
    schedule, documents, packaging, customer) that carry NO red flag, so that the
    vocabulary alone does not give the label away.

Every list mixes five writing styles in roughly equal shares: terse form-filler,
verbose sales engineer, non-native English, licensing officer's third-person
summary, and plain first-person exporter.

Templates are ``str.format`` strings. The only slots used are::

    {eu} {eu_short} {city} {country} {item} {forwarder} {third_country}
    {hub_city} {po} {incoterm} {month} {year}

Literal braces would have to be written ``{{ }}`` (none are used at present).
"""

RED_FLAGS: dict[str, list[str]] = {
    # The customer is evasive or unwilling to say what the item is for, or
    # whether it will be re-exported.
    "evasive": [
        # terse
        "cust would not say what {item} are for, said 'internal use'",
        "end use not stated, cust says 'general purposes'",
        "asked re re-export, no answer from cust",
        "cust declined to fill end-use section of EUS",
        "end use tbc - buyer referred us to 'their client'",
        "no info on final application, cust says confidential",
        "re-export q left blank on eus, cust won't complete",
        # verbose sales engineer
        "When our applications engineer tried to size the configuration for {eu_short}, the buyer refused to discuss the process the {item} would be used in, saying only that it was 'for a project'.",
        "We normally review the customer's application in detail before quoting, but in this case every technical question about the intended use was deflected back to price and delivery.",
        "During the kick-off call the customer's representative changed the subject each time we asked where the {item} would ultimately be installed.",
        "Our regional sales manager asked twice in writing whether the {item} would stay in {country}; both emails were answered on every point except that one.",
        "The purchaser has indicated that the end application is 'commercially sensitive' and will not be shared with us even under NDA, which is unusual for this product line.",
        "Although we offered to tailor the software options to their process, the buyer insisted on the full standard package and would not describe the process at all.",
        # non-native
        "Customer is not wanting to tell what is purpose of equipment, only say is for the factory.",
        "Buyer say the end user information is secret of his company and he cannot give.",
        "When we ask if goods stay in {country} or go other country, customer answer is 'maybe, depends on market'.",
        "Customer not explain application, he say we do not need to know this for sell.",
        "End use statement was returned without the usage part, customer tell us it is not important.",
        "They are refusing to say who is final user, only that is big company in region.",
        "Customer was asking why we need know the end use and after did not reply more.",
        # officer summary
        "The applicant reports that the customer declined to state the intended end use of the {item}.",
        "Applicant notes the customer would not confirm whether the {item} will be re-exported from {country}.",
        "According to the applicant, {eu_short} described the end use only as 'research' and gave no further detail when asked.",
        "The applicant states that the end-user statement was signed but the section on intended use was left blank.",
        "Applicant indicates that questions about the ultimate consignee were answered evasively by the buyer's agent.",
        "The exporter advises that the buyer asked why end-use information was needed and has not responded to follow-up requests.",
        "Applicant reports the purchaser gave three different descriptions of the intended application over the course of negotiations.",
        # first-person exporter
        "Honestly we still don't know what they plan to do with the {item}; every time we ask we get a different vague answer.",
        "I asked the buyer directly whether the {item} would be shipped on from {country} and he just said he couldn't commit to that.",
        "We were told the application is 'none of our concern' when we asked for the end-use details our compliance team needs.",
        "To be frank, the customer has been cagey about the end use from the first enquiry.",
        "We tried several times to get a straight answer on where the {item} will end up and never did.",
        "Our sales rep said the buyer laughed off the re-export question and moved on to discounts.",
        "I should mention that the customer got noticeably irritated when we asked what the {item} would be used for.",
    ],
    # The item does not fit the buyer's line of business.
    "line_of_business": [
        # terse
        "cust is furniture importer, ordering {item}",
        "buyer = travel agency, no tech activity known",
        "cust business is food distribution, {item} not related",
        "end user website lists textiles only",
        "cust normally buys office supplies from us, first order of {item}",
        "buyer registered as real estate co.",
        "cust trading in cosmetics, item unrelated to biz",
        # verbose sales engineer
        "The buyer is, as far as we can tell from their website and trade registry entry, a distributor of household appliances, so a request for {item} of this specification is well outside anything we would expect from them.",
        "{eu} has until now purchased only consumables such as gloves and filters from us, and this sudden order for {item} does not align with their activity as a cleaning-services company.",
        "Our understanding is that the customer runs a chain of car dealerships, and we could not find any engineering or laboratory activity that would use {item}.",
        "The customer's public profile describes a logistics and warehousing business, yet they are specifying laboratory-grade {item} with research options.",
        "We noticed that the company registration lists 'wholesale of fruit and vegetables' as the principal activity, which is hard to reconcile with the order.",
        "The end user is presented as a university department of economics, which would not normally have any use for {item}.",
        # non-native
        "Customer is company for import of shoes, but now want to buy {item}, we not understand connection.",
        "The buyer work in restaurant business, it is strange that he need this kind equipment.",
        "Company of customer make tourism, we do not see why is needing {item}.",
        "End user is bakery, they say they want {item} for bread quality, this is not normal use.",
        "Customer business is selling mobile phone accessories, not industrial.",
        "Buyer is construction company but order is high precision {item}, not for building use.",
        # officer summary
        "The applicant notes that {eu_short} is registered as a textile trader and has no apparent use for {item}.",
        "Applicant reports the end user's stated activity (agricultural supplies) does not correspond to the items ordered.",
        "According to the applicant, the purchaser is a real estate holding company with no known technical operations.",
        "The applicant states it was unable to identify any manufacturing or research activity at the end user that would require {item}.",
        "Applicant indicates that the customer, previously known to it as a stationery wholesaler, has now ordered {item}.",
        "The exporter observes that the end user's published product range bears no relation to the goods applied for.",
        "Applicant notes the buyer's trade licence covers general trading in foodstuffs only.",
        # first-person exporter
        "We checked {eu_short}'s website and it's all about furniture; nothing there uses anything like our {item}.",
        "I have to say this customer doesn't look like our usual buyer - they sell sports equipment.",
        "We've never sold {item} to a marketing agency before and I can't think why one would need them.",
        "Frankly I don't see what a shipping-container repair yard in {city} would do with {item}.",
        "We asked around in {city} and people know {eu_short} as a clothing wholesaler, nothing technical.",
        "I was a bit puzzled, because the customer told us they mostly import tyres.",
    ],
    # Cash or an unusual payment for an expensive item.
    "unusual_payment": [
        # terse
        "cust offers full payment in cash on collection",
        "payment via crypto (USDT) requested by buyer",
        "payer is third party co. in {third_country}, not end user",
        "100% prepay from unrelated company, no explanation",
        "cust wants to split payment over 4 accounts",
        "buyer asks to pay in cash USD at our office",
        "payment from personal account of director, not co.",
        # verbose sales engineer
        "The customer has offered to settle the full invoice in cash when they collect the {item}, which is extremely unusual for an order of this value.",
        "Rather than paying from their own account, the buyer has arranged for a company in {third_country} with which they have no apparent connection to remit the full amount in advance.",
        "We were asked whether we could accept payment in Bitcoin or USDT, and the buyer offered a premium of five percent if we agreed.",
        "The buyer proposed paying the invoice in several smaller transfers from different bank accounts, apparently to stay below some internal limit, though no reason was given.",
        "Payment was received in full before we had even issued the pro-forma, from an entity whose name does not appear anywhere in the order documents.",
        "The customer declined our standard letter-of-credit terms and instead asked whether a cash deposit delivered by courier would be acceptable.",
        # non-native
        "Customer say he will pay all amount in cash when he come to take the goods.",
        "Payment will come from other company in {hub_city}, customer say is his friend company.",
        "Buyer ask if possible to pay with cryptocurrency because bank transfer is difficult for him.",
        "Customer want pay the money divided in many accounts, not one transfer.",
        "They propose to pay more than price if we accept payment by cash.",
        "The money is arriving from company we never hear, not from end user.",
        "Customer ask us make invoice to other name that pay, different from buyer.",
        # officer summary
        "The applicant reports that the buyer offered to pay the full contract value of {po} in cash.",
        "Applicant notes payment is to be made by a third party in {third_country} with no stated relationship to the end user.",
        "According to the applicant, the customer requested to pay in cryptocurrency.",
        "The applicant states that full prepayment was received from a company unrelated to either the buyer or the end user.",
        "Applicant indicates the purchaser asked for the invoice to be split and paid from several different accounts.",
        "The exporter advises that the buyer proposed payment by cash deposit into the exporter's account at a branch in {city}.",
        # first-person exporter
        "The payment came in before we'd even confirmed the order, and it wasn't from the customer but from some trading company in {hub_city}.",
        "We've been asked if we take crypto, which we don't, and the buyer kept pushing.",
        "I'll be honest, a customer offering to overpay and settle in cash makes us uneasy.",
        "They sent the money in five separate transfers from five different accounts, none of them in the end user's name.",
        "We were told a 'partner' would pay on their behalf, and nobody could explain who the partner was.",
    ],
    # The buyer declines the usual installation, training or warranty.
    "declines_service": [
        # terse
        "cust declines install + commissioning, will do themselves",
        "no training req'd per buyer, first time user",
        "warranty waived at cust request",
        "buyer refuses on-site startup, wants crates only",
        "cust declines service contract and warranty registration",
        "no field service visit, cust insists",
        "buyer says no need for our engineers on site",
        # verbose sales engineer
        "Although installation and commissioning by our field engineers is included in the price and is normally essential for this model, the customer asked for it to be removed from the quotation.",
        "The buyer declined the operator training course that we include as standard, even though they told us nobody at the site has used this type of {item} before.",
        "We offered our usual two-year warranty with on-site support, and the customer specifically asked that no warranty be registered in their name.",
        "The customer has asked that our engineers not visit the installation site under any circumstances, and that we simply ship the {item} with the manuals.",
        "Despite the complexity of the calibration procedure, the end user refused our calibration visit and said they would 'manage locally'.",
        "The customer asked for a discount in exchange for giving up installation, training and warranty, which we have never been asked for by a buyer of this equipment.",
        # non-native
        "Customer not want installation, he say they have own people, but they never used this machine before.",
        "Buyer is telling no need warranty, he prefer cheaper price without.",
        "They refuse our engineer to come for commissioning, only want the machine.",
        "Customer say training is not necessary, his technicians will learn from manual.",
        "End user don't want service contract and don't want we register the serial for warranty.",
        "No visit of our technician please, customer write in the order.",
        # officer summary
        "The applicant reports that the customer declined installation and commissioning by the manufacturer's engineers.",
        "Applicant notes the end user has refused the standard operator training.",
        "According to the applicant, the buyer has waived the warranty and asked that the serial numbers not be registered.",
        "The applicant states that the buyer will not permit a site visit for installation or acceptance testing.",
        "Applicant indicates the customer declined the service contract normally sold with {item} of this type.",
        "The exporter advises that the end user has opted out of all after-sales support, including software updates.",
        # first-person exporter
        "We always include training, and this is the first customer I can remember saying no to it.",
        "They told us they don't want the warranty, which is odd because it costs them nothing.",
        "I offered to send an engineer to {city} at our own cost and they said that wouldn't be necessary.",
        "We've been asked to leave out the commissioning visit and just ship everything in the crates.",
        "To be honest, a customer who doesn't want support for a machine this complex worries me.",
        "Our service team wanted to schedule the acceptance test and the customer said they'd 'let us know', and never did.",
    ],
    # A freight forwarder, trading house or PO box is the final destination.
    "forwarder_destination": [
        # terse
        "ship to {forwarder}, final consignee tba",
        "consignee = {forwarder}, no end-user address given",
        "deliver to PO box in {hub_city}, consignee tba later",
        "end user address is a PO box only",
        "final dest: {forwarder} warehouse, {hub_city}",
        "cust says goods go to their trading agent, {forwarder}",
        "ship-to address = freight forwarder, no site address",
        # verbose sales engineer
        "The ship-to address on the order is the warehouse of {forwarder} in {hub_city}, and the customer has told us the final consignee will be confirmed once the goods arrive.",
        "When we asked for the installation site address, the buyer gave us a post-office box in {city} and said that was sufficient for our paperwork.",
        "The end user named on the contract is in fact {forwarder}, a general trading house, and we have not been given details of who will operate the {item}.",
        "All delivery paperwork is to be made out to {forwarder} as both consignee and end user, which is not what we would expect for an installed system of this kind.",
        "The buyer asked that we deliver to a free-zone address in {hub_city} that turns out to be a forwarding agent's bonded store.",
        "We were given a delivery address which, when we looked it up, belongs to a logistics company rather than any end user.",
        # non-native
        "Customer ask us send goods to the forwarder {forwarder} and they will decide after where goods go.",
        "Delivery address is only P.O. Box, no street, customer say is normal in his country.",
        "Consignee will be trading company, end user name they give later.",
        "Goods must go to warehouse of agent in {hub_city}, final place not known now.",
        "The end user on documents is {forwarder} which is company for transport.",
        "Customer tell us deliver to post office box and he collect himself.",
        # officer summary
        "The applicant reports that the consignee and end user are both given as {forwarder}, a freight forwarder in {hub_city}.",
        "Applicant notes the only address provided for the end user is a post-office box.",
        "According to the applicant, the goods are to be delivered to a trading house, which will nominate the final consignee after arrival.",
        "The applicant states that no installation address has been supplied; the delivery address is the premises of {forwarder}.",
        "Applicant indicates the purchaser named a general trading company as the final destination of the {item}.",
        "The exporter advises that the consignee is to be advised later and the goods are to be held at a forwarder's warehouse in the meantime.",
        # first-person exporter
        "Delivery to a PO box in {hub_city}, consignee to be advised later, which is all we've been told.",
        "Honestly the only address we have is {forwarder}'s warehouse, and they're a forwarder, not a user of {item}.",
        "We were asked to ship to a trading company and I've no idea who actually ends up with the {item}.",
        "I looked up the delivery address on a map and it's a freight yard near the port.",
        "They told us {forwarder} will 'take care of the rest', so we don't know the final destination.",
        "The end user named on the order turned out to be a forwarding agent when we checked.",
    ],
    # Unusual or roundabout route, or transshipment through a third country
    # for no reason.
    "roundabout_route": [
        # terse
        "route: via {third_country} and {hub_city} for delivery to {city}, no reason given",
        "cust wants transshipment in {hub_city} although direct service available",
        "ship via {third_country} then truck to {country}, reason unclear",
        "routing via 3 ports, cust insists",
        "cust asks goods to go {hub_city} first, then onward, why unknown",
        "air to {hub_city}, then sea to {country}??",
        "indirect routing requested, no commercial reason",
        # verbose sales engineer
        "The customer has asked us to route the shipment through {third_country} and then on to {country}, even though there is a direct weekly service from our port to {city} at lower cost.",
        "We were asked to send the {item} by air to {hub_city}, where the buyer's agent will repack them and send them on by sea, which adds both cost and time for no reason that we can see.",
        "The requested routing takes the goods through three transshipment points before reaching {country}, and the customer has not explained why the usual direct route is unsuitable.",
        "The buyer insists on delivery to {hub_city} first and says the onward leg to {city} will be 'arranged separately', which means we lose visibility of the goods after the first leg.",
        "Although {city} has a perfectly good international airport, the customer wants the consignment flown to {third_country} and trucked across the border.",
        "The route proposed by the buyer's forwarder goes via {third_country}, a country with no connection to either the buyer or the end user.",
        # non-native
        "Customer want the goods first go to {third_country}, after to {country}, but not explain why not direct.",
        "Shipping is via {hub_city} and then other ship, customer say is cheaper but it is not.",
        "They ask for the goods to make stop in {third_country} some weeks before final.",
        "Route is long way around, customer insist on it and not give reason.",
        "Buyer ask change route two times, now goods must pass {hub_city} and {third_country}.",
        "Goods go to {country} but customer want bill of lading show {third_country}.",
        # officer summary
        "The applicant reports that the buyer requested transshipment through {third_country} without giving a commercial reason.",
        "Applicant notes the shipping route via {hub_city} is significantly longer and more expensive than the direct route to {city}.",
        "According to the applicant, the goods are to be shipped to {third_country} and subsequently re-routed to {country} by the buyer's agent.",
        "The applicant states the buyer specifically rejected a direct shipment to {city}.",
        "Applicant indicates the routing was changed at the buyer's request to pass through two intermediate ports.",
        "The exporter advises that the bill of lading will show {hub_city} as port of discharge, with onward carriage arranged by the customer.",
        # first-person exporter
        "Honestly we don't understand the routing; going via {third_country} adds two weeks and costs more.",
        "We offered direct air freight to {city} and the customer said no, it has to go through {hub_city}.",
        "I asked the buyer why they wanted the goods to stop in {third_country} and didn't get an answer.",
        "Our logistics team says they've never seen anyone ship {item} to {country} this way.",
        "We were told to ship to {hub_city} and that someone else would take it from there, which I don't like.",
        "The route the customer picked makes no sense to us, and they wouldn't discuss alternatives.",
    ],
    # Vague delivery dates or an unexplained rush.
    "rush_vague_dates": [
        # terse
        "delivery date: 'asap', no reason given",
        "cust needs {item} within 1 week, willing to pay any freight",
        "del. date open, 'sometime {year}'",
        "urgent!! cust wants ship before end of month, no explanation",
        "delivery tbd, cust can't say when site ready",
        "rush order, cust pays express premium, reason n/a",
        "required date keeps changing, now 'flexible'",
        # verbose sales engineer
        "The customer is pressing us to ship within days and has offered to pay for an air charter, but when asked what the deadline is driven by, they could not give any reason.",
        "Delivery dates have been left completely open in the contract, with the buyer saying only that they will 'call off' the {item} when they are ready.",
        "We quoted our usual twelve-week lead time and the customer asked whether they could take demonstration stock immediately instead, at full price, without saying why the hurry.",
        "The buyer has changed the requested delivery date four times, first asking for {month}, then 'as soon as possible', and now saying there is no fixed date.",
        "The customer wants us to skip the factory acceptance test to save a week, which is very unusual given that they have not told us of any deadline.",
        "Although the project is described as long-term, the customer insists the {item} must leave our factory this month.",
        # non-native
        "Customer say need goods very very urgent but not say why.",
        "Delivery time is not fixed, customer tell 'when it is possible'.",
        "Buyer push us every day for ship quickly, he will pay extra, no reason.",
        "They not know when they need the goods, maybe this year maybe next.",
        "Customer want goods before {month} but cannot explain what is happening in {month}.",
        "Date of delivery is open, customer say he inform later.",
        # officer summary
        "The applicant reports that the customer has requested immediate shipment without giving a reason for the urgency.",
        "Applicant notes the delivery schedule is described only as 'to be agreed' in contract {po}.",
        "According to the applicant, the buyer offered a substantial premium for expedited delivery.",
        "The applicant states the requested delivery date has been changed repeatedly and is now unspecified.",
        "Applicant indicates the customer asked to waive standard pre-shipment testing in order to ship sooner.",
        "The exporter advises that the buyer could not say when the end-user site would be ready to receive the {item}.",
        # first-person exporter
        "We still don't have a delivery date, just 'soon' or 'later this year' depending on who we talk to.",
        "The customer keeps calling to ask if we can ship faster, but there's no project deadline that we know of.",
        "I asked what the hurry was and was told it's 'just important', nothing more.",
        "We've been told the {item} are needed urgently, but the site hasn't even been built yet as far as we can tell.",
        "They're willing to pay for express shipping on an order that would normally go by sea, and never explained why.",
    ],
    # The buyer seems unfamiliar with the item's performance, yet insists on it.
    "unfamiliar_buyer": [
        # terse
        "cust couldn't answer basic spec questions but insists on top model",
        "buyer unaware of operating req., wants max spec anyway",
        "cust doesn't know the units of the spec, insists on exact model",
        "no tech contact at cust, buyer insists on exact p/n",
        "cust asks no tech q's, only wants this exact config",
        "buyer unfamiliar w/ product, won't accept alternatives",
        "cust rejected cheaper equiv., couldn't say why",
        # verbose sales engineer
        "In our technical call, the buyer could not tell us the required range or accuracy, yet insisted on our highest-performance configuration and rejected every alternative we proposed.",
        "The customer's contact clearly had no background in this type of {item}; he was reading part numbers from a list and could not answer what the resolution figure meant.",
        "When our product specialist explained that a lower-specification model would do the job better for their stated process, the customer became insistent that only the exact part number they had specified was acceptable.",
        "The buyer did not know what utilities the {item} require and had not thought about site preparation, but was very precise about the model and options they wanted.",
        "The customer asked us to quote exactly the configuration listed on a document they sent, but could not explain any of the options on it when our engineer went through them.",
        "We proposed a standard configuration that matches their stated throughput, but the buyer demanded the export-controlled high-performance option without being able to say what it would be used for.",
        # non-native
        "Customer not know how machine is working but he want only the most strong model.",
        "Buyer not understand specification, but insist on this exact part number.",
        "When we explain options, customer not understand but say he must have exactly this.",
        "They ask for the high version, but not know difference with normal version.",
        "The person from customer not technical, he have list from somebody and want exactly same.",
        "Customer not accept other model even cheaper and better for his use, he say no change.",
        # officer summary
        "The applicant reports that the buyer appeared unfamiliar with the performance parameters of the {item} but insisted on a specific high-end model.",
        "Applicant notes the customer was unable to answer basic technical questions about installation requirements.",
        "According to the applicant, the purchaser rejected a lower-specification alternative that would meet the stated application.",
        "The applicant states the buyer's order listed exact part numbers and options which the buyer could not explain.",
        "Applicant indicates there was no technical staff involved on the customer side during the sales process.",
        "The exporter advises that the customer's representative did not know what power or cooling the {item} require.",
        # first-person exporter
        "Honestly it felt like the buyer was reading from a shopping list; he didn't know what the specs meant but wouldn't budge on them.",
        "We tried to talk them down to the standard model and they got upset, even though they couldn't tell us why they needed the extra performance.",
        "I asked what sample sizes they'd be running and the customer had no idea, but they were adamant about the part number.",
        "Our engineer said it was like talking to someone who'd never seen one of these, yet they knew the exact option codes.",
        "They couldn't tell us the voltage at their site, but they were very sure which model they wanted.",
        "The buyer asked no questions about performance at all, which for {item} like these is unheard of.",
    ],
    # The item's capability is far beyond what the stated use or destination needs.
    "capability_excess": [
        # terse
        "spec far above stated use (school lab)",
        "cust wants 5-axis high-precision for simple bracket work",
        "stated use = QC of food packaging, item is research grade",
        "capability >> need; basic model would suffice",
        "high-end config ordered for teaching purposes",
        "cust ordered 10x the throughput of stated app",
        "accuracy spec far beyond anything in cust's products",
        # verbose sales engineer
        "The stated use is routine quality checks on plastic mouldings, which could be done with our entry-level instrument, yet the customer has ordered our top configuration with the export-controlled options.",
        "For a small regional clinic in {city}, the performance and quantity of {item} ordered go far beyond anything they could plausibly use.",
        "The customer says the {item} are for training apprentices, but the configuration ordered is the one we normally sell to aerospace and defence primes.",
        "Even allowing for future growth, the throughput of the system ordered is roughly twenty times what the customer's stated production volume requires.",
        "The resolution specified is at the limit of what we make and is far beyond what is needed for the agricultural testing the customer describes.",
        "Our application engineers agree that nothing in the end user's described process requires the high-temperature option, which is the controlled feature of this product.",
        # non-native
        "Customer need only simple measurement, but he order the most high precision model we have.",
        "For school laboratory this equipment is too much powerful, normal model is enough.",
        "The end use is small workshop, but they buy machine for very big precision work.",
        "They say use is for testing water, but machine can do much more, more than needed.",
        "Quantity is too much for one small factory, customer say they need all.",
        "Stated application not need this speed, we propose lower but they refuse.",
        # officer summary
        "The applicant reports that the performance of the {item} significantly exceeds that required for the stated end use.",
        "Applicant notes that the stated application (educational demonstration) would normally be served by a non-controlled model.",
        "According to the applicant, the quantity ordered is well in excess of the end user's apparent needs.",
        "The applicant states that the high-accuracy option ordered is not necessary for the customer's described process.",
        "Applicant indicates the end user, a small repair shop in {city}, has ordered a research-grade configuration.",
        "The exporter advises that the configuration requested is normally supplied only to national laboratories.",
        # first-person exporter
        "We'd normally sell a customer like this our basic model, and they've ordered the top of the range with every option.",
        "I can't see why a hobby-electronics shop would need {item} with this kind of performance.",
        "Our engineer's view is that the stated use needs maybe a tenth of what this system can do.",
        "They're buying enough {item} to equip a whole research institute, for what they describe as a single small lab.",
        "To be honest the spec they chose only makes sense for applications they haven't told us about.",
    ],
    # Packaging or labelling inconsistent with the item or the shipping mode.
    "packaging_mismatch": [
        # terse
        "cust asks crates marked 'spare parts', no model info",
        "no serial plates/labels on crates per cust request",
        "cust wants {item} declared as 'machine parts' on pkg",
        "pkg for sea freight requested but air shipment booked",
        "plain unmarked boxes requested, no company logo",
        "remove mfr labels before ship, cust says",
        "cust wants goods labelled as 'agricultural equipment'",
        # verbose sales engineer
        "They asked us to leave the serial plates off and mark the crates 'spare parts', which would not match what is actually inside.",
        "The customer has requested that all our branding and model numbers be removed from the {item} and the packaging before shipment.",
        "Although the goods are going by air, the buyer asked for heavy seaworthy crating with desiccant, and said the crates should be marked as household goods.",
        "The buyer wants the consignment packed in plain boxes with no manufacturer markings and the description 'laboratory supplies' on the outside.",
        "We were asked to split the system across several unmarked cartons so that no single package would look like a complete unit.",
        "The customer's forwarder asked that the packing list describe the items only as 'electrical components' rather than using our model names.",
        # non-native
        "Customer ask remove labels of our company from the machine and the box.",
        "They want the boxes written 'spare parts' but inside is complete system.",
        "Buyer ask packing like for ship by sea, but goods go by air, we not understand.",
        "No name on boxes please, customer say is for security.",
        "Customer ask we put other description in package, like 'pump parts'.",
        "They want pack the instrument inside box of other product.",
        # officer summary
        "The applicant reports that the buyer requested the removal of serial plates and model markings.",
        "Applicant notes the customer asked for the crates to be labelled 'spare parts' although a complete system is being shipped.",
        "According to the applicant, the packaging requested is inconsistent with the air-freight mode of shipment.",
        "The applicant states the buyer requested neutral packaging with no indication of the manufacturer or contents.",
        "Applicant indicates the customer asked that the goods be described on packaging as agricultural machinery.",
        "The exporter advises that the buyer requested the system be shipped disassembled in unmarked cartons.",
        # first-person exporter
        "We were told to mark every box as 'spare parts' even though it's a complete, working unit.",
        "They asked for ocean packing on what is an air shipment, and I can't see why.",
        "The customer wanted the serial numbers scratched off, which we refused.",
        "I was asked to put a different product description on the outside labels than on the invoice.",
        "Our warehouse flagged that the customer's labelling instructions don't match the goods at all.",
    ],
}


NEUTRAL: dict[str, list[str]] = {
    # Incoterms, freight modes, forwarders clearing normally, consolidation or
    # transit WITH a stated business reason, courier, electronic delivery.
    "shipping": [
        # terse
        "{incoterm}, air freight, ready approx. 6 wks after PO",
        "terms {incoterm}; sea freight, 40ft container",
        "FCA our works, cust's forwarder collects",
        "DAP {city}, we arrange freight + insurance",
        "sw licence delivered electronically via download portal",
        "spares shipped by courier (DHL), std",
        "ship EXW, {forwarder} handles export clearance as usual",
        "CIP {city} airport, insured 110%",
        "sea freight to {city} port, transit ~5 wks",
        "delivery CPT {city}; we book freight, cust handles import",
        # verbose sales engineer
        "Goods will be shipped {incoterm}, with {forwarder} handling export customs clearance and booking on the next available flight to {city}.",
        "As with previous orders for {eu_short}, the {item} will be consolidated at our regional distribution centre in {hub_city} with other equipment for the same project, since this saves the customer considerable freight cost.",
        "Shipment will transit {third_country} because our authorised regional distributor for {country} is based there and provides local service and spare-parts stock for the end user.",
        "The system integrator, based in {third_country}, will integrate the {item} into the complete line before it is shipped to the end user in {city}; this is how all lines of this type are delivered.",
        "We propose delivery DDP {city}, with our own logistics department arranging import clearance through our customs broker in {country}.",
        "The software component will be delivered electronically through our licensing portal, with activation keys tied to the instrument serial numbers.",
        "Because the {item} are temperature sensitive, we will ship by direct air freight rather than by sea, with {forwarder} acting as our usual export agent.",
        "The crates will travel by sea in a single 20-foot container from our port directly to {city}, following the same routing as the customer's previous three orders.",
        "Spare parts will continue to be shipped from our hub in {hub_city}, which holds stock for the whole region and allows next-day delivery to {country}.",
        # non-native
        "Transport is by sea to {city}, incoterm is {incoterm}.",
        "Forwarder {forwarder} is making export declaration as always for our company.",
        "Goods go by truck through {third_country} because is the normal road route to {country}.",
        "The customer have own forwarder who collect from our factory, term FCA.",
        "Small parts will be send by courier, big machine by sea.",
        "Software is send by download link, no physical shipment.",
        "Goods stop in {hub_city} for consolidation with other our shipments to region, this is our normal practice since years.",
        # officer summary
        "The applicant states the goods will be shipped {incoterm} by air freight.",
        "Applicant notes {forwarder}, its regular forwarder, will handle export clearance.",
        "According to the applicant, the shipment will transit {third_country} as the goods are delivered through the manufacturer's regional distributor located there.",
        "The applicant reports that the software will be delivered by electronic download to the end user.",
        "Applicant indicates delivery terms of CIF {city}, with sea freight direct to the destination port.",
        "The exporter advises that consolidation in {hub_city} is used for all its shipments to {country} to reduce freight costs.",
        "Applicant notes the customer's own forwarder will collect the {item} from the applicant's premises under FCA terms.",
        # first-person exporter
        "We'll ship {incoterm} as we always do for this customer, by air through {forwarder}.",
        "The {item} go by sea; they're bulky and the customer isn't in a hurry, so there's no point paying for air.",
        "We route everything for that region through our warehouse in {hub_city} because that's where our service team and spares are.",
        "Our integrator in {third_country} builds the {item} into the test cell first and then ships the whole cell to {city}, which is how we did the last two.",
        "I'd just add that the licence keys are emailed to the end user; there's no physical media.",
        "We're using our usual forwarder, {forwarder}, who have done our export paperwork for years.",
        "The customer asked for FOB our port because they have a freight contract with their own shipping line.",
        "Calibration standards will follow separately by courier as they have a shorter lead time.",
        "We'll ship straight to the end user's site in {city}, no intermediate storage.",
    ],
    # Letter of credit, net terms, wire from end user's own bank, deposit +
    # balance, government tender payment, leasing.
    "payment": [
        # terse
        "payment: irrevocable LC confirmed by our bank",
        "30 days net from invoice, as per framework agreement",
        "30% deposit w/ PO, 70% on delivery",
        "wire transfer from end user's own account",
        "60 days net, cust credit-checked, ok",
        "payment via govt tender procedure, milestone based",
        # verbose sales engineer
        "Payment will be made by irrevocable letter of credit opened by the end user's bank in {city} and confirmed by our house bank, which is our standard arrangement for new customers in {country}.",
        "The customer will pay a thirty percent deposit on order and the balance within thirty days of successful site acceptance, in line with our standard terms.",
        "As a public body, {eu_short} pays according to the milestones set out in the tender, with the final payment released after commissioning.",
        "The customer has chosen to finance the {item} through a leasing arrangement with their own bank, which will pay us directly on delivery.",
        "Payment terms are sixty days net from invoice, which our credit department approved after reviewing the customer's financial statements.",
        "The deposit has already been received by wire transfer from {eu}'s own account at their usual bank, matching the invoice details.",
        # non-native
        "Payment is by letter of credit, opened from bank of end user.",
        "Customer pay 50% advance with order and rest when goods arrive, same as last time.",
        "The money transfer come from account of {eu_short}, the end user.",
        "Term of payment is 30 days after invoice.",
        "Payment is from ministry budget, according to tender rules.",
        "Customer use leasing company of his bank for pay the machine.",
        # officer summary
        "The applicant reports that payment will be made by documentary letter of credit.",
        "Applicant notes payment terms of 30 days net, consistent with previous orders.",
        "According to the applicant, the end user will pay by bank transfer from its own account.",
        "The applicant states that a 20% deposit has been received, with the balance due on delivery.",
        "Applicant indicates the purchase is funded under a government tender with staged payments.",
        "The exporter advises that the equipment is being financed through a lease arranged by the end user's bank.",
        # first-person exporter
        "We're being paid by LC, as usual for orders of this size.",
        "They've paid the deposit from their company account and the balance is due 30 days after delivery.",
        "The university pays through its procurement office once the goods are received and inspected.",
        "Payment is by wire transfer from the end user's bank in {city}, the same bank they used on the last order.",
        "We agreed a standard deposit of a third with the order, the rest on commissioning.",
        "The customer is leasing the {item}; the leasing company is a subsidiary of their main bank and pays us directly.",
    ],
    # Installation, commissioning, training, warranty accepted or scheduled;
    # service contract; spare parts kit; calibration.
    "installation": [
        # terse
        "install + commissioning by our field engineer, wk 2 after arrival",
        "operator training 3 days on site incl.",
        "std 24 mth warranty accepted",
        "cust signed 3-yr service contract",
        "spare parts kit ordered w/ system",
        "annual calibration visit incl. in service agreement",
        # verbose sales engineer
        "Our field service engineer will install and commission the {item} at the customer's plant in {city}, followed by a three-day operator training course for their technicians.",
        "The customer has accepted our standard warranty and also purchased an extended five-year service contract with preventive maintenance visits twice a year.",
        "Site acceptance testing will be carried out jointly with the end user's quality team after installation, and the warranty period starts from the signed acceptance certificate.",
        "A recommended spare-parts kit covering two years of normal operation is included in the order, together with remote support access for our service team.",
        "The customer has asked for an additional advanced training session for their maintenance staff, which we will hold at our factory before shipment.",
        "Calibration will be performed on site after installation using traceable standards, and the certificate will be provided with the handover documentation.",
        # non-native
        "Our engineer go to {city} for make installation and training of operators.",
        "Customer accept warranty of two years and want also maintenance contract.",
        "Commissioning will be make by our technician together with engineer of customer.",
        "They buy spare parts package for first year.",
        "Training is in our factory, two person from customer come in {month}.",
        "Calibration every year is included, our local partner make it.",
        # officer summary
        "The applicant reports that installation and commissioning will be carried out by its own engineers.",
        "Applicant notes the customer has accepted the standard warranty and operator training.",
        "According to the applicant, the end user has entered into a multi-year service agreement.",
        "The applicant states that on-site training for the end user's staff is scheduled after commissioning.",
        "Applicant indicates a spare-parts kit and calibration service are included in the contract.",
        "The exporter advises that its local service partner in {country} will provide warranty support.",
        # first-person exporter
        "We'll send two engineers for installation and they'll stay for the training week.",
        "The customer wanted the full service package, warranty plus annual calibration, which we're pleased about.",
        "Honestly they asked for more training than we normally give, so we've added a second session.",
        "Commissioning is booked for {month}, and our local agent will handle first-line service after that.",
        "They've ordered the spares kit we recommend and signed up for remote diagnostics.",
        "Our service team already knows the site from installing the previous unit there.",
        "The end user's maintenance staff will shadow our engineer during installation so they can handle routine service themselves.",
    ],
    # Ordinary delivery dates with reasons; staged deliveries.
    "schedule": [
        # terse
        "delivery req. wk 14, before plant shutdown",
        "staged delivery: 2 units {month}, 2 units Q3",
        "lead time 12 wks, ship approx {month} {year}",
        "del. to match building completion, {month}",
        # verbose sales engineer
        "The {item} are required on site before the plant shutdown in {month}, when the customer will install them alongside the annual maintenance work.",
        "Delivery is planned in three stages over {year} to match the commissioning of each new production line.",
        "Our standard lead time of ten to twelve weeks applies, giving an expected shipment date in {month} {year}.",
        "The customer would like the {item} delivered before the start of the academic year so that the new teaching lab can open on time.",
        # non-native
        "Customer need goods before {month} because new line start production then.",
        "Delivery in two parts, first part in {month}, second after three months.",
        "Date of delivery is fixed in contract, {month} {year}.",
        "They want before end of budget year, because funding is for this year.",
        # officer summary
        "The applicant states delivery is required by {month} {year} to coincide with the commissioning of the end user's new facility.",
        "Applicant notes deliveries will be staged quarterly in line with the project schedule.",
        "According to the applicant, the shipment date is determined by the standard manufacturing lead time.",
        "The applicant reports that the customer needs the {item} before the planned shutdown in {month}.",
        # first-person exporter
        "We're aiming to ship in {month}, which fits the customer's installation window.",
        "They need the first unit quickly because their old one failed, and the rest can follow at normal lead time.",
        "The delivery dates are in the contract and tie in with their new cleanroom opening in {month}.",
        "We'll deliver in two batches, since the second building isn't ready until later in {year}.",
        "There's no rush on this one; the customer just wants it before their audit in {month}.",
    ],
    # PO numbers, contract refs, end-user statements, previous orders, visits,
    # import licences, tender references, repeat customers.
    "documents": [
        # terse
        "PO {po} attached",
        "EUS signed by end user, attached",
        "repeat cust since 2015, same model",
        "import licence no. provided by cust, attached",
        "tender ref {po}, award letter attached",
        "prev. licence granted for same item/end user {year}",
        # verbose sales engineer
        "Please find attached the purchase order {po} and the end-user statement signed by the managing director of {eu}.",
        "{eu_short} has purchased the same model from us twice before, in 2019 and 2022, and both units are still in service at the same site.",
        "Our regional sales manager visited the end user's facility in {city} in {month} and confirmed the application described in the end-user statement.",
        "The contract reference is {po}, awarded following a public tender published by the end user, and a copy of the award notice is enclosed.",
        "The customer has supplied a copy of their import licence for {country}, which lists the {item} by model number.",
        "All correspondence regarding the order, including the technical specification agreed with the end user, is available on request.",
        # non-native
        "End user statement is signed and stamped, we attach to application.",
        "Customer buy same model in {year}, this is second order.",
        "Our sales manager visit customer factory last {month}, everything is normal.",
        "Purchase order number is {po}.",
        "Customer is our client since 2015, many orders without problem.",
        "Import permission from {country} authority is provided by customer.",
        # officer summary
        "The applicant has provided purchase order {po} and a signed end-user statement.",
        "Applicant notes the end user has previously received the same model under an earlier licence.",
        "According to the applicant, the end user has been a customer since 2015.",
        "The applicant reports that its staff visited the end-user site and observed the stated activity.",
        "Applicant indicates the contract was awarded under tender reference {po}.",
        "The exporter has supplied a copy of the end user's import licence.",
        # first-person exporter
        "The PO ({po}) and the signed end-user statement are both attached.",
        "We've sold them this exact model before and it's installed where they said it would be; we saw it on our last visit.",
        "I visited {eu_short} myself in {month} and met the lab team who will use the {item}.",
        "They're a repeat customer; we've been dealing with them since 2015.",
        "The tender documents are public and we've attached the award letter.",
        "We've attached the end user's import licence and the contract {po}.",
        "Our compliance team screened the end user and all parties on the order with no matches.",
    ],
    # Ordinary packaging and labelling.
    "packaging": [
        # terse
        "std wooden crates, ISPM-15",
        "ESD bags for boards, std",
        "DG labels as req. for batteries (UN3480)",
        "cold chain 2-8°C, data loggers in each box",
        # verbose sales engineer
        "The {item} will be packed in our standard seaworthy wooden crates with shock indicators and desiccant, marked with our name, the model and the serial numbers.",
        "Lithium batteries will be shipped separately with the dangerous-goods labels and documentation required for air transport.",
        "Sensitive electronic modules are packed in sealed antistatic bags inside foam-lined cartons, as for all our shipments.",
        # non-native
        "Packing is standard, wood box with our marking and serial number.",
        "Reagents go with cold chain, temperature 2-8 degree.",
        "Labels on boxes is same like invoice and packing list.",
        # officer summary
        "The applicant states the goods will be packed in standard export crates bearing the manufacturer's markings.",
        "Applicant notes dangerous-goods labelling will be applied as required for the chemical standards.",
        "According to the applicant, the packaging is suitable for the sea-freight mode of transport.",
        # first-person exporter
        "Nothing special about the packaging: our usual crates, labelled with the model and serial numbers.",
        "Since it's going by air we'll use lighter cartons with foam inserts, as we always do for air shipments.",
        "The vacuum parts are double-bagged and sealed, which is our standard cleanroom packaging.",
    ],
    # Ordinary facts about the customer relationship and business.
    "customer": [
        # terse
        "cust = distributor for 12 yrs, good record",
        "known integrator, many projects w/ us",
        "cust audited by us {year}, no issues",
        "end user well known univ. in {city}",
        "cust tech team very experienced w/ this product",
        # verbose sales engineer
        "{eu} has been our authorised distributor in {country} for twelve years and maintains its own service workshop staffed by engineers we have trained.",
        "The end user's engineers asked very detailed technical questions about the measurement uncertainty and the software interface, which is typical of an experienced user.",
        "{eu_short} is a well-established automotive supplier whose test laboratory already operates several of our older instruments.",
        "We carried out a compliance audit of the distributor in {year}, covering their screening procedures and record-keeping, with satisfactory results.",
        "The customer is a known system integrator that we have worked with on several projects in {country}, always with end users disclosed up front.",
        # non-native
        "Customer is university laboratory, they use our instruments from many years.",
        "The engineers of customer know product very well, they ask many technical question.",
        "Customer is our distributor in {country} since 2012, they have service team.",
        "End user is big hospital in {city}, public.",
        "They make production of car parts, this machine is for their quality control.",
        # officer summary
        "The applicant reports that the end user is a long-standing customer with an established research programme.",
        "Applicant notes the customer's technical staff are experienced with the product and were involved in specifying the configuration.",
        "According to the applicant, the distributor has been audited and has a compliance programme in place.",
        "The applicant states the end user operates in the semiconductor sector and the {item} fit its production activity.",
        "Applicant indicates the purchaser is a known integrator that supplies test systems to the automotive industry.",
        # first-person exporter
        "We know these people well; they've been our distributor for twelve years.",
        "Their lab manager spent an hour with our engineer going through the specs, so they clearly know what they're buying.",
        "Honestly this is one of our easier customers; they know the product better than some of our own staff.",
        "The customer asked detailed questions about detection limits and sample prep, which matches their described work.",
        "We've visited their plant several times and the {item} fit their production line exactly.",
        "The end user is a university physics department we've supplied for years.",
    ],
}
