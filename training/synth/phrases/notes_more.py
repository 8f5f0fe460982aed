"""Supplementary phrase bank for the free-text notes / end-use fields.

Pure data, no logic. It extends :mod:`training.synth.phrases.notes` with new
phrasings and has exactly the same keys:

``RED_FLAGS_MORE``
    One key per diversion red flag in POLICY.md section 4 (same keys as
    ``notes.RED_FLAGS``). The emphasis is on what the original bank has little
    of: longer first-person exporter narratives and licensing officers'
    summaries (one to three sentences, roughly 20-70 words) that describe the
    SITUATION without naming the flag, so that a model has to recognise the
    circumstance rather than a keyword.

``NEUTRAL_MORE``
    Hard negatives on the same topics as ``notes.NEUTRAL``: they reuse the
    vocabulary of the flags (transit, third-country payer, customer installs,
    urgent delivery, intermediate consignee, labels, electronic delivery) in
    situations that are legitimate and explained.

Every list mixes writing styles: terse lowercase form-filler with
abbreviations, candid first-person exporter, non-native English, officer's
third-person summary ("Exporter advises that...", "Applicant reports...",
"Per the applicant...", "Reviewer note:") and verbose sales engineer.

Templates are ``str.format`` strings. The only slots used are::

    {eu} {eu_short} {city} {country} {item} {forwarder} {third_country}
    {hub_city} {po} {incoterm} {month} {year}

``{item}`` is filled with a noun phrase that already carries its article
("the spectrometers", "the equipment"), may be singular or plural, and is
therefore never placed at the start of a sentence nor directly before a verb
that would need to agree with it. Literal braces would have to be written
``{{ }}`` (none are used at present).
"""

RED_FLAGS_MORE: dict[str, list[str]] = {
    # The customer is evasive or unwilling to say what the item is for, or
    # whether it will be re-exported.
    "evasive": [
        # terse
        "cust dodged the 'where will it be used' q on the call, twice",
        "eus back, end-use box just says 'as required'",
        "asked who operates {item} at site - 'not relevant' per buyer",
        "re-export: buyer 'cannot guarantee', wouldn't elaborate",
        "no site visit allowed, no process description either",
        "buyer won't confirm final country of use; says 'mostly {country}'",
        "end use per cust: 'various'. follow-up emails unanswered",
        "re-export clause on eus crossed out by hand before signing",
        # non-native
        "We are asking many times what is the application, customer every time say 'production' and nothing more.",
        "When I ask if the units will stay in {country}, buyer start to talk about the price and the discount.",
        "Customer tell that his client not allow to say the name or the industry, so the end use we cannot write.",
        "He is saying the machine is for 'different projects', which projects he is not telling.",
        "Our agent in {city} ask the customer to visit the plant, customer say not possible and not give reason.",
        # officer summary
        "Exporter advises that the buyer, when asked at contract stage whether {item} would remain in {country}, replied that this 'depends on the client' and declined to put anything in writing.",
        "Applicant reports that its request for a short description of the production process was acknowledged but never answered, despite three reminders over six weeks.",
        "The exporter states that the consignee has described the end use variously as 'testing', 'R&D' and 'stock', and has not reconciled these descriptions when asked.",
        "Per the applicant's cover letter, the customer agreed to sign the end-user statement only after the paragraph on re-export had been struck out.",
        "Reviewer note: the applicant could not obtain from {eu_short} any description of the site, process or products for which {item} would be used.",
        # candid first-person
        "I put the re-export question to their purchasing director face to face in {city}; he smiled, said 'the market decides', and moved straight on to payment terms.",
        "We still have no idea what {item} will actually do over there. Every email asking about the application comes back with a question about delivery instead.",
        "Our compliance lead asked for a one-line description of the end product. Three weeks later we have a signed order, a paid deposit and still no description.",
        "Candidly, the buyer treats every question about where the kit ends up as if we were prying into trade secrets.",
        "They were happy to talk about price, housing colour and manuals in the local language, but went quiet the moment we asked which facility the units are for.",
        "Their agent told us the end user 'prefers not to be contacted' by us, and he would not pass on any of our technical questions either.",
        # verbose
        "In preparing the quotation we asked, as we do for every order of this type, for sample materials and process parameters so that we could confirm the configuration; the customer replied that the process is proprietary, declined to give even a general category of product, and asked us to quote the maximum configuration instead.",
        "Over four meetings the buyer's representatives gave us no information about who would operate {item}, where the installation would be or what would be produced, explaining each time that they were 'not authorised' to discuss it.",
        "The end-user statement we received names {eu}, but the field for the intended application reads only 'industrial', and our request for something more specific was met with the reply that an exporter does not need this information in order to deliver.",
    ],
    # The item does not fit the buyer's line of business.
    "line_of_business": [
        # terse
        "cust is a wedding-planning firm; order = {item}",
        "buyer's registry entry: retail of children's clothing",
        "end user = shipping agency, no lab or workshop anywhere",
        "cust sells rooftop solar kits to households, now wants {item}",
        "buyer's web shop: pet food + accessories. odd fit",
        "buyer = law firm (!), ordering on own account",
        # candid first-person
        "We read {eu_short}'s annual report: their revenue comes from hotels and catering, and there is no sign of any engineering department that could run {item}.",
        "Our distributor in {city} knows the buyer as an importer of ceramic tiles. When we asked what the tile business wants {item} for, we were told they are 'diversifying'.",
        "The people we dealt with were pleasant and paid promptly, but they run a printing and advertising shop, and nothing in that trade calls for equipment of this kind.",
        "This order came from a pharmacy chain. Nobody here can work out how a pharmacy would use {item}, and the customer's explanation ('for quality') did not help.",
        "I drove past their address when I was in {city} last month. It's a car wash with a small office upstairs.",
        "Their company page is all about luxury travel packages. I really can't picture them operating {item}.",
        "A seed and fertiliser dealer ordering one of our most capable models is a first for us.",
        # non-native
        "Company is doing import of coffee and tea, and now they order {item}, this is very far from their business.",
        "Customer is agency for employment of workers; we ask why they need this machine, he say is for new department, but the department is not existing yet.",
        "The buyer have a shop for car spare parts, this instrument is for laboratory, not for shop.",
        "End user organise events and concerts, we don't find any production what can use this.",
        "They are company for renting mining machines but ask the electronic test system, this is not connected to mining.",
        # officer summary
        "Exporter advises that the end user is registered as a property-management company whose stated activities include no manufacturing, testing or research.",
        "Applicant reports that {eu_short}'s previous purchases were limited to packaging film and that the present order falls in an entirely different product category, for which the customer has offered no explanation.",
        "The exporter notes that the named end user is a provincial sports federation; no connection between its activities and the items applied for has been put forward.",
        "Per the applicant, open-source checks show the consignee's business as the wholesale of mobile phones and accessories, which the applicant itself considers inconsistent with {item}.",
        "Applicant states that the buyer, a chain of dental clinics, has ordered equipment that is normally used for process control in metallurgy.",
        "Reviewer note: end user described as a fishing cooperative; the applicant has identified no plausible use for the listed goods in that activity.",
        # verbose
        "The customer introduced itself as a general trading company with offices in {city}, and its catalogue covers household textiles, kitchenware and garden furniture; we found nothing in its range, its staff profiles or its trade-fair history suggesting it would install or operate equipment of the kind ordered.",
        "What troubles us is less the customer itself than the mismatch: {eu} is, by every account we could find, a producer of bottled mineral water, whereas the specification ordered is one we normally supply only to electronics and aerospace test houses.",
        "We have supplied this customer with office printers and consumables for several years; the order for {item} arrived from the same purchasing contact, with no change in their business that we are aware of and no new technical staff introduced to us.",
    ],
    # Cash or an unusual payment for an expensive item.
    "unusual_payment": [
        # terse
        "a co. in {third_country} we've never dealt with pays the invoice",
        "remitter on the swift = private individual, not the buyer",
        "cust proposes barter (cotton bales) instead of payment",
        "cust wants to pay via money-transfer agent in {hub_city}",
        "100% prepay + 10% extra 'for the trouble', no LC wanted",
        "remitter is a shipping co., no link to buyer found",
        "invoice to be paid by 'sister co.' in {hub_city}; no group link shown",
        "pmt offered in USDT or cash, cust's choice",
        # non-native
        "Customer say the payment will make the company of his cousin in {third_country}, because his bank have problem with foreign transfer.",
        "They ask to pay one part in cash euro and other part with the card of the director.",
        "Buyer want to give us goods of his company in exchange, not money, he say it is same value.",
        "The transfer is coming from account in {hub_city} of company that sell fruits; we ask why and customer say 'is partner'.",
        "Customer propose to pay everything before and ten percent more, but from account in other country, not from his company.",
        # officer summary
        "Exporter advises that payment for {po} was remitted in full by a firm in {third_country} which is not a party to the contract and whose connection to the buyer has not been explained.",
        "Applicant reports that the buyer asked whether the invoice could be settled through a money-transfer bureau rather than a bank, citing unspecified 'banking difficulties'.",
        "The applicant states that it has been offered payment in banknotes, to be handed over at the applicant's premises when the goods are collected.",
        "Per the applicant, the customer has proposed settling part of the price through a barter arrangement involving agricultural commodities.",
        "Applicant notes that the remitting bank is located in {hub_city}, where neither the buyer nor the end user has any stated presence.",
        "Exporter advises that the buyer asked for the invoice to be addressed to one company and paid by another, neither of which is the end user.",
        # candid first-person
        "A company in a third country we have never dealt with will pay the invoice. Nobody on the buyer's side has explained why, and that name appears nowhere in the order documents.",
        "Our finance team rang me because the first instalment came from a private person's account in {third_country}, not from the customer.",
        "They told me they'd bring the full amount in cash to our office when they pick up the order, and seemed surprised when I said we don't handle cash.",
        "We received three payments in one week from three different companies, each quoting our invoice number and none of them the buyer.",
        "When our bank queried the remitter, the buyer told us to 'just accept it' because the paying firm is 'a friend of the family'.",
        # verbose
        "For an order of this size we would expect a letter of credit or at least a transfer from the customer's own account; instead the buyer asks us to accept settlement from a consulting firm registered in {third_country}, described only as a 'financial partner', and declines to show any agreement between the two.",
        "The customer has proposed paying our local agent in {city} in cash and having the agent transfer the funds on to us, an arrangement we have never used and which would leave us unable to show where the money came from.",
        "Although the order value runs well into six figures, the customer wants to pay by a series of prepaid-card top-ups and small transfers, and has asked whether we could issue several smaller invoices to make this easier.",
    ],
    # The buyer declines the usual installation, training or warranty.
    "declines_service": [
        # terse
        "no commissioning wanted; cust 'has own people' (never run one)",
        "cust struck the training line item before signing PO",
        "warranty reg. card not to be sent, buyer says",
        "buyer: no remote diagnostics, no sw updates, no visits",
        "SAT on site declined - 'we accept as-is'",
        "training declined, warranty declined, service contract declined",
        "cust asks us not to register end user for sw licence/updates",
        "no start-up support wanted even though first unit of this type for cust",
        # non-native
        "Customer say: please not send engineer, my people make everything, we need only the boxes and the papers.",
        "We offer free training for three operators but buyer answer is not necessary, and he is not explain who will work with the machine.",
        "Buyer want to remove the warranty from contract and lower the price, he say warranty is not important for them.",
        "Customer not want that our service partner in {city} know about this machine or visit it.",
        # officer summary
        "Exporter advises that the customer has refused both the installation visit and the operator course, although the applicant considers neither optional for a first-time user of this equipment.",
        "Applicant reports that the end user asked for the serial numbers not to be entered in the applicant's warranty database.",
        "The applicant states that the buyer declined to connect {item} to the manufacturer's remote service system, which is normally a condition of the warranty.",
        "Per the applicant, the consignee has asked that no service or calibration visits be scheduled at any time after delivery.",
        "Applicant notes that the price was renegotiated downward after the customer removed installation, training and the first-year service package from the scope of supply.",
        "Exporter advises that the buyer waived the site acceptance test and asked that no representative of the applicant attend the start-up.",
        # candid first-person
        "Our service manager offered to fly out and commission the system free of charge as a goodwill gesture. They turned it down flat.",
        "I've never had a customer refuse the warranty before. It costs them nothing, and it's the only way they get software updates.",
        "They told us their own technicians would install it, but when I asked who those technicians were and what they'd worked on before, I got no names.",
        "We were asked to leave the training manuals out of the shipment as well as the trainer, which I found odd.",
        "Candidly, a system this complex probably won't even start without our engineer on site. The buyer doesn't seem to care.",
        # verbose
        "Installing this model means aligning the optics and loading site-specific calibration files, which is why commissioning by our engineers is built into the price; the customer has nevertheless asked us to remove it, saying they will 'handle it locally', and has not named anyone with experience of similar equipment.",
        "When we sent the standard service plan, covering preventive maintenance, spare parts at cost and a guaranteed response time, the customer returned it unsigned with a note that they do not want any after-sales relationship with us.",
        "We usually insist on a short handover at the site so the operators learn the safety interlocks; the buyer said there is no need for anyone from our side to see the site and asked that the documentation simply be posted.",
    ],
    # A freight forwarder, trading house or PO box is the final destination.
    "forwarder_destination": [
        # terse
        "deliver to {forwarder} free-zone store, end user tbn",
        "ship-to = bonded whse in {hub_city}; no site addr",
        "consignee = trading house in {hub_city}, user unknown",
        "only addr given: P.O. Box, {city}",
        "cust: 'send to {forwarder}, they know where'",
        "end user field: 'TBA'. consignee: forwarding agent",
        "deliver c/o {forwarder}; no end-user name on any doc",
        "goods to be held in transit whse pending buyer's instructions",
        # non-native
        "Please deliver to the store of {forwarder}, the final company we will say when goods are arrive there.",
        "Customer give address of trading company in {hub_city}, he say end user is his client and the name come later.",
        "We have only the number of postal box, customer say street address is not necessary for delivery.",
        "The consignee in invoice is forwarding company, the real user they not tell yet.",
        "Goods must go to export-import company and they will sell to other, we don't know to who.",
        # officer summary
        "Exporter advises that the only consignee named is {forwarder}, a freight-forwarding company, and that the party who will use {item} has not been identified.",
        "Applicant reports that the goods are to be delivered to a bonded warehouse in {hub_city} operated by {forwarder}, where they will await instructions from the buyer.",
        "The applicant states that the declared end user is a trading company with no production or laboratory facilities, acting on behalf of an unnamed client.",
        "Per the applicant, the ship-to address supplied by the buyer corresponds to a post-office box at the main post office in {city}.",
        "Applicant notes that the consignee field lists a commodity trading firm in {hub_city}, and that the end-user field reads 'to be advised'.",
        "Reviewer note: the applicant has named a trading intermediary as end user; the intermediary has confirmed in writing that it will not itself use the goods.",
        # candid first-person
        "Ship to the forwarder's bonded warehouse; the final consignee will be named later. That is the whole of the delivery instruction we have.",
        "The delivery address turned out to be a unit in a free-zone logistics park. When we asked which company actually works there, we were told 'whoever collects the goods'.",
        "All we have for the end user is a PO box. I asked for the street address of the lab for the installation plan and was told there won't be an installation plan.",
        "They want us to ship to {forwarder} and 'forget about it from there'. I'd much rather know who is going to use it.",
        "The buyer is a trading house in {hub_city} that resells to 'regional customers', and they won't tell us which customer gets this order.",
        "Our invoice goes to a trading company, the goods go to that company's forwarder, and nobody will tell us who ends up using them.",
        # verbose
        "Every document the customer has sent names {forwarder} as consignee, notify party and end user, and the only address on them is the forwarder's warehouse near the port of {hub_city}; when we asked where {item} would be installed, we were told that would be decided after arrival.",
        "The buyer's instruction is to deliver to a consolidation warehouse run by {forwarder}, which will hold the goods until the buyer 'assigns them to a project'; at the time of writing no project, site or end user has been identified.",
        "We were given a delivery address in {city} which, when our logistics team checked it, turned out to be a mailbox-rental shop, and the customer has offered no other address for the place where the equipment will actually be used.",
    ],
    # Unusual or roundabout route, or transshipment through a third country
    # for no reason.
    "roundabout_route": [
        # terse
        "routing: our port > {hub_city} > {third_country} > {city}. direct svc exists",
        "cust asks for change of vessel in {hub_city} + 3 wks storage there",
        "air to {third_country}, road from there; cust pays extra, why?",
        "B/L to {hub_city} only, onward leg is 'cust's affair'",
        "transshipment in {third_country} req'd by buyer, no link to that country",
        "cust wants a stopover in {hub_city} 'for paperwork', nothing pending",
        "cust changed port of discharge 3x, now {third_country}",
        "direct flights to {city} daily but cust wants road via {third_country}",
        # non-native
        "Customer want first the cargo go to {third_country}, stay there one month, and after go to {country}; he not say why it stay.",
        "Forwarder of customer make route with three change of ship, but there is direct line to {city}.",
        "We propose direct flight to {city}, customer say no, it must be truck from {hub_city}.",
        "Buyer ask send goods to neighbour country and his people bring them with car to {country}.",
        # officer summary
        "Exporter advises that the buyer has specified routing via {hub_city} and {third_country}, roughly doubling the transit time, and has given no commercial reason for rejecting direct carriage to {city}.",
        "Applicant reports that the goods are to be discharged in {third_country} and held there before onward movement to {country}, although neither the buyer nor the end user has operations in {third_country}.",
        "The applicant states that the customer insisted on routing through a free port in {hub_city} with a change of carrier, and declined the applicant's offer of door-to-door delivery.",
        "Per the applicant, the proposed route crosses two land borders that a direct shipment to {city} would avoid.",
        "Applicant notes that the air waybill is to show {third_country} as destination, with carriage on to {country} arranged separately by the buyer.",
        "Reviewer note: route proposed by the buyer (via {hub_city} and {third_country}) is longer and costlier than the standard lane to {city}; no business reason recorded.",
        # candid first-person
        "Our freight desk quoted direct sea freight at about half the price and three weeks faster. The buyer still wants it to go through {third_country}.",
        "I asked why the container needs to sit in {hub_city} for a month before going on to {city}. The answer was that it's 'more convenient', which it clearly isn't.",
        "We ship to {country} every month on a direct line, and this is the first customer who wants the goods to go round through {third_country} first.",
        "Candidly, the route they picked only makes sense if somebody wants the cargo to change hands along the way.",
        "They keep adding stops. First it was {hub_city}, now they want a few days in {third_country} as well.",
        # verbose
        "The customer's routing instructions have the consignment flown to {hub_city}, unloaded and re-consolidated with unspecified other cargo, then trucked via {third_country} to {city}; our logistics team found no cost, time or customs advantage over the direct service we proposed.",
        "Although we have shipped to {city} directly many times, the buyer wants the goods routed via {third_country} and has supplied a forwarder there to arrange the second leg, without saying why.",
        "The requested route zigzags: sea freight to {hub_city}, then back by air in the opposite direction to {third_country}, then by road into {country}, adding about five weeks and a considerable amount of freight cost.",
    ],
    # Vague delivery dates or an unexplained rush.
    "rush_vague_dates": [
        # terse
        "needs it 'yesterday'; site not ready, no date for it",
        "ship asap, install date unknown, cust offers air charter",
        "delivery: 'some time after {month}', may change",
        "cust asks to ship from stock this week; no deadline stated",
        "dates in contract left blank at cust request",
        "rush fee paid upfront, reason for rush not given",
        "delivery window 'flexible, {year} or later'",
        "the buyer wants the stuff out the door by friday and cannot say when or where it gets installed",
        # non-native
        "Customer calling every day to ask if goods are ready, but the building where they install still not have roof.",
        "They want shipping in this week, but when I ask when they start to use, they say maybe next year.",
        "Buyer say the date is not important, then next day he say very urgent, we don't understand.",
        "Contract have no date of delivery, customer say he will write us when he is ready, maybe in {year}.",
        "Customer say goods must arrive before {month}; we ask what happen in {month}, he say nothing special, only he want fast.",
        # officer summary
        "Exporter advises that the buyer has asked for shipment within ten days while also stating that the installation site is 'still under discussion'.",
        "Applicant reports that the customer offered to take the demonstration unit currently on a trade-fair stand rather than wait for a new one, without identifying any deadline.",
        "The applicant states that the delivery schedule in {po} reads 'on call-off', and the buyer has not indicated when, or whether, call-offs will be made.",
        "Per the applicant, the buyer's required date moved from {month} to 'immediately' and then to 'open' within a single month.",
        "Applicant notes that the customer asked to skip final inspection so that the goods could leave 'this week', and gave no reason for the urgency.",
        "Reviewer note: applicant describes the delivery date as indefinite, with the buyer reserving the right to demand immediate shipment at any time.",
        # candid first-person
        "They want it on a plane this week. I asked what happens if it arrives a month later and they couldn't say, just that it has to be now.",
        "Every time we ask for a delivery date the answer changes: end of quarter, after the holidays, 'when the partner is ready'. We've stopped asking.",
        "I've been told the order is urgent by three different people at the customer, and none of them could tell me what it's urgent for.",
        "We still can't get a required-on-site date out of them. The customer says they'll tell us 'in good time'.",
        "Candidly, the rush makes no sense: the order was placed against a six-month budget and now they want it next week.",
        # verbose
        "The buyer first agreed to our standard lead time, then a week after signing asked us to ship the whole order from stock within days and offered to pay for an air charter; when our project manager asked for the installation schedule, the customer said there was none yet.",
        "We have no delivery date, no site-readiness date and no named project manager on the customer side; the only fixed element is the buyer's insistence that the goods be ready for collection at short notice whenever they ask.",
        "The customer has asked us to keep the finished goods in our warehouse 'until further notice' and to be able to release them within 48 hours of a call, without indicating whether that call will come in weeks or in years.",
    ],
    # The buyer seems unfamiliar with the item's performance, yet insists on it.
    "unfamiliar_buyer": [
        # terse
        "cust can't state sample type/volume; insists on flagship config",
        "buyer asked what 'resolution' means; still wants max option",
        "no idea of site power/cooling, but exact p/n + options demanded",
        "cust rejects std model, can't say which spec it fails",
        "spec sheet sent by cust looks copied; buyer can't explain any line of it",
        "buyer unclear what the unit actually does, insists on hi-perf option",
        "cust contact is a buyer only, no engineer; wants top model, won't discuss",
        # non-native
        "The person from buyer ask us what the machine is doing exactly, but still he want the most expensive version with all the options.",
        "Customer not know what temperature or what material they use, he only say the model number and 'no change please'.",
        "When our engineer ask about the accuracy they need, customer say 'the best one', he not know numbers.",
        "They have copy of our brochure with circle on the top model, but nobody in the company can explain why this one.",
        "Buyer ask us 'what is this product used for normally?' but in same time he want highest model and not accept other.",
        # officer summary
        "Exporter advises that the buyer's representatives could not describe the samples, throughput or operating environment, but rejected every configuration other than the highest-performance variant.",
        "Applicant reports that the customer specified an option code the applicant no longer publishes, and could not explain what the option was for when asked.",
        "The applicant states that the customer's technical questionnaire came back with most fields blank, while the order itself specifies the controlled high-accuracy version in detail.",
        "Per the applicant, the buyer asked which of the applicant's products was 'the most powerful' and ordered it without discussing the application.",
        "Applicant notes that the buyer could not state the electrical supply at the intended site and was unaware that the model requires a cleanroom, yet specified the top-tier variant.",
        "Reviewer note: all technical discussion on the customer side was handled by a purchasing clerk relaying fixed requirements he could not explain.",
        # candid first-person
        "Our sales engineer spent an hour on the phone and came away convinced the buyer had never operated anything like this. He still refused the mid-range model we suggested.",
        "They couldn't tell me what size of part they'd be machining, but they knew to ask for the five-axis option with the high-accuracy encoders.",
        "I asked what software they planned to run it with and they didn't know what I meant, but they'd already picked the fastest variant.",
        "It was odd: they asked nothing about performance, training or spares, and only confirmed the exact model number three times.",
        "Candidly, the buyer seems to know the model number better than the machine. Ask about throughput, accuracy or materials and you get silence.",
        # verbose
        "In the technical clarification meeting the buyer's team could not tell us the required measurement range, the expected sample rate or even which operating system their lab computers run, yet they rejected our recommended configuration and insisted, without reasons, on the export-controlled high-performance variant.",
        "The order specifies the premium configuration down to the last option code, but when our application specialist walked the buyer through those options it was clear that nobody on their side knew what most of them do or whether they would ever be used.",
        "We offered a free feasibility study on their samples to confirm the right configuration; the customer declined, said they had no samples to send, and repeated that they want exactly the part number on their purchase order.",
        "When we pointed out that the cheaper standard version meets every figure they had given us, the buyer said the figures did not matter and that they had been told to buy this exact configuration.",
    ],
    # The item's capability is far beyond what the stated use or destination needs.
    "capability_excess": [
        # terse
        "stated use: student practicals. ordered: research-grade max config",
        "spec ordered ~50x what cust's process needs per our eng.",
        "qty ordered would cover 10 sites; cust has 1 small lab",
        "controlled hi-temp option ordered for room-temp testing",
        "vacuum rating way beyond any process the cust described",
        "destination grid can't even power the config ordered",
        # non-native
        "Customer make only simple plastic parts, but he order the machine with precision for aerospace, this is too much.",
        "For the small farm laboratory they order the instrument like for national institute, with all options.",
        "They say it is for teaching students, but students not need such speed and such accuracy.",
        "Quantity is twenty units, but customer have only two technicians and one small room.",
        "The speed of the machine is much more than all the factory of customer can use; we tell him, but he still want.",
        # officer summary
        "Exporter advises that the accuracy of the configuration ordered exceeds the tolerances of the customer's stated products by roughly two orders of magnitude.",
        "Applicant reports that the end user, a municipal water utility, has ordered the variant with extended frequency range, a feature the applicant considers irrelevant to water monitoring.",
        "The applicant states that the quantity applied for corresponds to several years of consumption at the rate indicated by the end user.",
        "Per the applicant, the stated application (routine incoming-goods inspection) is normally served by its entry model, which is not controlled.",
        "Applicant notes that the ruggedised, temperature-hardened version has been ordered for use in an air-conditioned office laboratory.",
        "Reviewer note: performance of the items applied for is well in excess of the declared end use; the applicant itself proposed a lower-specification alternative, which was declined.",
        # candid first-person
        "Our application engineer read their process description and said a tenth of this capability would do. They still want the full-spec version.",
        "A vocational school in {city} ordering our radiation-hardened variant? I can't think of a lesson plan that needs it.",
        "They told us they'd be cutting simple steel brackets, but the accuracy they ordered is what we sell to turbine-blade makers.",
        "We'd happily sell them the standard unit, which does everything their brochure says they do. The export-controlled version only adds performance they'll never use on that work.",
        # verbose
        "The end user describes a pilot line producing a few hundred parts a month, but the system ordered is dimensioned for continuous three-shift operation at many times that volume, and the controlled high-speed option adds nothing for the parts they have shown us.",
        "According to the customer, {item} will be used to monitor the temperature of grain silos, a job a few inexpensive sensors could do; the configuration ordered instead offers the sensitivity and response time that normally only defence and space programmes ask for.",
        "Nothing about a regional hospital's imaging department explains the high-power, high-repetition option ordered here; our clinical specialists confirmed that no diagnostic protocol they know of uses it.",
        "The customer runs a small calibration service for weighing scales, yet the order includes enough channels, bandwidth and storage to instrument an entire test range, far beyond anything their current or planned business would require.",
    ],
    # Packaging or labelling inconsistent with the item or the shipping mode.
    "packaging_mismatch": [
        # terse
        "cust: mark cartons 'household goods'",
        "no model/serial on outer pkg per buyer; 'plain brown boxes'",
        "cust asks our logo ground off the housing",
        "pkg instructions from cust say 'kitchen appliances'",
        "air shipment but cust wants heavy sea crating + no markings",
        "buyer wants crate marking different from invoice desc.; refused",
        "cust asks: no 'made in' mark, no rating plate on unit",
        # non-native
        "Customer say on the box we write 'spare for tractor', but inside is the instrument.",
        "They want that our name not appear anywhere, not on machine, not on box, not on manual.",
        "Buyer send us his own labels to put on the boxes, the labels say 'water pump'.",
        "Customer want to pack everything in old used boxes without printing, he say is cheaper.",
        "Customer ask that the box look like furniture, so nobody steal it, he say.",
        # officer summary
        "Exporter advises that the buyer supplied its own shipping labels describing the contents as 'garden equipment', which the applicant has declined to use.",
        "Applicant reports that the customer asked for the rating plate and all manufacturer's markings to be removed before dispatch.",
        "The applicant states that the buyer requested the control unit be packed separately in a carton marked 'computer accessories', with the main unit described as 'metal parts'.",
        "Per the applicant, the packaging requested (open pallets, no weatherproofing) is unsuitable for the sea voyage the buyer has booked.",
        "Applicant notes that the buyer asked for the export classification and the dual-use warning labels to be left off the packaging.",
        "Reviewer note: the buyer asked for the goods to travel in refrigerated containers although they need no temperature control, with the reefers declared as carrying foodstuffs.",
        # candid first-person
        "They asked whether we could ship it in crates printed with another company's name. We said no.",
        "The buyer wants each module in its own unmarked box, so nobody handling them could tell they belong together.",
        "We were asked to describe the system on the crate labels as 'industrial sewing machines'. It is nothing of the sort.",
        "Their forwarder called our warehouse asking us to strip the protective packaging and the 'fragile - precision instrument' stickers, which makes no sense for something this delicate.",
        "Candidly, this is the first time a customer has asked us to make a precision instrument look like scrap metal on the crates.",
        # verbose
        "The buyer's packing instructions require us to remove all product names and serial labels, wrap the units in generic grey film and describe the contents as 'construction materials' on the outer marks, none of which reflects what is actually being shipped.",
        "Although the consignment travels by air in a single movement, the customer wants it packed in six separate ocean-grade crates, each with a different and deliberately vague description, and no mention of the system name on any outside surface.",
        "We were asked to ship the instrument in the transport cases of an older, uncontrolled model, so that the outer labels and the shape of the cases would match that model instead.",
        "The customer's forwarder sent marking instructions with a different consignee name, a different product description and no serial numbers on the crates, while our invoice would show the real details, so the outside of the shipment would not match its documents.",
    ],
}


NEUTRAL_MORE: dict[str, list[str]] = {
    # Transit, transshipment, intermediate consignees, forwarders and electronic
    # delivery, each with a stated business reason.
    "shipping": [
        # terse
        "airfreight direct to {city}, {forwarder} books as usual",
        "{incoterm}; one 40' HC, direct sailing",
        "transship {hub_city} = only container line serving {city}",
        "sw + licence keys by secure download, no hw shipped",
        "delivered to site on our own truck, cust signs POD",
        "interm. consignee = cust's regional procurement office, {hub_city}; site addr on EUS",
        # non-native
        "Goods go to our daughter company in {hub_city} for final test and then direct to the customer, this is how we do for all the region.",
        "Transport by truck; through {third_country} is the shortest road, there is no other border crossing.",
        "Software is not shipped, customer download it with his account and the license key.",
        # officer summary
        "Exporter advises that the routing via {third_country} reflects the location of its authorised regional service centre, which receives, inspects and installs all equipment of this type destined for {country}.",
        "Applicant reports that {forwarder} has acted as its export forwarder since 2016 and will deliver to the end user's site address in {city}.",
        "The applicant states that the goods will be trucked to {hub_city} and loaded there on the weekly direct sailing, as no container service runs from its own port to {city}.",
        "Per the applicant, firmware updates will be delivered by download from its customer portal, with access limited to the registered end user.",
        "Applicant notes that {eu_short}'s regional procurement office in {hub_city} is named as intermediate consignee because it receives and clears goods for all of the group's plants; the installation site in {city} is given in the end-user statement.",
        # candid first-person
        "The route via {hub_city} looks long on a map, but it's the only way to get a temperature-controlled container to {city} without a second transshipment.",
        "We're flying it because it's small and valuable; by sea the extra insurance would cost more than the freight difference.",
        "Two of the four crates go straight to site; the other two go first to the integrator in {third_country}, who mounts them on the test rig they're building for the same end user.",
        "It transits {hub_city} because the integrator there pre-assembles the complete system before it goes on to {city}; that's written into the supply contract and we did the same last year.",
        # verbose
        "Because the end user's plant in {city} is far from any seaport, we will ship to the nearest port and the customer's appointed haulier will take the crates by road directly to the plant, where our engineer will meet them for unpacking.",
        "The customer's own forwarder, {forwarder}, collects from our works under {incoterm} terms; they are a large, long-established carrier and we have worked with them on dozens of consignments to {country} without any issue.",
    ],
    # Group treasury, shared-services centres, export credit, leasing, grants,
    # letters of credit and ordinary terms.
    "payment": [
        # terse
        "LC at sight, issuing bank in {city}, confirmed by ours",
        "paid by parent co. treasury per group agreement (copy on file)",
        "net 45, account open since 2014, never late",
        "milestones: 40% PO / 50% delivery / 10% SAT",
        "leasing co. (subsidiary of cust's bank) pays on delivery, std",
        # non-native
        "Payment make the head office of the customer group in {third_country}, this is normal for them, all purchases go through central treasury.",
        "Customer pay by bank transfer from their account, the same account as in all previous invoices.",
        "The university pay after it receive the goods, with money of research grant; grant number is in the order.",
        # officer summary
        "Exporter advises that payment will be made by the end user's parent company, which centralises purchasing for all subsidiaries; the applicant holds a copy of the group purchasing agreement.",
        "Applicant reports that the contract is financed under a loan guaranteed by an export credit agency, with disbursement direct to the applicant against shipping documents.",
        "The applicant states that the 20% advance was received from the end user's account at a major bank in {city}, as specified in {po}.",
        "Per the applicant, the buyer is paying by documentary collection through its usual bank.",
        # candid first-person
        "The money comes from their group treasury in {hub_city} rather than from the local company, which is how they've paid every invoice for the last six years.",
        "Our credit insurer has approved the customer for the full amount, so we're on open account, 30 days.",
        "They pay half up front from the company account and the rest when our engineer signs off the installation.",
        # verbose
        "The payment route looks unusual at first sight, as funds will come from {eu_short}'s shared-services centre in {third_country}, but that centre handles accounts payable for the whole group and has paid for all previous orders delivered to the same site.",
        "The customer is a public hospital and pays from its capital equipment budget after formal acceptance, through the regional health authority's finance office, as set out in the tender conditions.",
    ],
    # Installation, commissioning, training and warranty, including cases where
    # the customer's own certified staff do the work.
    "installation": [
        # terse
        "install by cust's in-house team; certified by us, 3 prior installs",
        "remote commissioning + site visit by local partner wk after delivery",
        "extended warranty 36 mths purchased",
        "SAT scheduled {month}, our eng. + cust QA",
        "no install needed - benchtop unit, plug & play; cust registers warranty online",
        # non-native
        "The engineers of the customer make installation themself, they are trained and certified by us since many years, and our engineer check by video call.",
        "We send one technician to start the machine and make training of two days.",
        "Customer buy the service contract for five years, with two visits in every year.",
        # officer summary
        "Exporter advises that installation will be performed by the end user's maintenance department, whose engineers completed the applicant's certified-installer programme in {year}; the applicant will verify the installation remotely and register the warranty.",
        "Applicant reports that its local service partner in {city} will carry out commissioning and provide first-line support under the standard warranty.",
        "The applicant states that the end user declined the basic operator course because its staff already completed the advanced course on the previous unit, and ordered a refresher session instead.",
        "Per the applicant, warranty registration and connection to remote diagnostics will be completed at handover.",
        # candid first-person
        "They don't need our installer this time: their team has put in four of these already and holds our service certification. We'll still witness the acceptance test.",
        "We're sending an engineer for a week, and their operators come to our training centre in {month}.",
        "The warranty is registered to the end user at the site address, and they've bought the calibration plan on top.",
        # verbose
        "Because the equipment will be built into a larger production line, commissioning is split: our engineers run the functional tests at the integrator's works, and the final start-up takes place at the end user's plant with both teams present.",
        "The end user has asked us to train a group of their own technicians as first-line service staff, so that routine maintenance can be done locally between our scheduled visits; the warranty and the service agreement remain fully in force.",
    ],
    # Urgent deliveries with a reason, fixed dates, call-offs and staged
    # deliveries tied to something concrete.
    "schedule": [
        # terse
        "URGENT - replacement for failed unit, line stopped since last wk",
        "ship wk 22 to meet commissioning slot agreed w/ EPC contractor",
        "call-off schedule per framework {po}: 4 lots, quarterly",
        "ready for dispatch {month} {year}, std lead time",
        "delivery date flexible: site ready, any wk in {month} ok",
        # non-native
        "It is urgent because their old machine is broken and all production is stopped, they pay the air freight themself.",
        "Delivery must be before {month} because the university semester start and the students need the lab.",
        "We deliver when the building is finish; customer send us photos every month and now they say {month}.",
        # officer summary
        "Exporter advises that expedited shipment is requested because the end user's existing unit failed in service and its production line is idle pending replacement.",
        "Applicant reports that delivery dates are linked to construction milestones of the new facility, for which the customer has provided a programme showing completion in {month} {year}.",
        "The applicant states that the order is a call-off under a multi-year framework agreement, with quantities and dates set by the customer's annual production plan.",
        "Per the applicant, the customer needs the goods before a regulatory inspection scheduled for {month}.",
        # candid first-person
        "Yes, it's a rush: their old analyser died in the middle of a validation run, and every day without it costs them a batch.",
        "They've given us a firm site-ready date in {month}, with a penalty clause on both sides, so we plan to ship two weeks before.",
        "We're holding the order until their new hall is finished; the customer keeps us posted and we've agreed four weeks' notice before dispatch.",
        # verbose
        "The tight timeline is driven by the customer's annual maintenance shutdown, the only window in {year} when the old equipment can be removed and the replacement installed without stopping production.",
        "Because the funding comes from a grant that must be spent by the end of the financial year, the university has asked for delivery and invoicing before {month}, with installation to follow once the lab renovation is complete.",
    ],
    # End-user statements, due diligence, visits, repeat orders, permits.
    "documents": [
        # terse
        "EUS + import permit + PO {po} attached",
        "same end user as licence granted {year}, same site",
        "site visit report ({month}) attached",
        "cust screened vs sanctions lists, no hits; records kept",
        "ref {po}; EUS signed + stamped; re-export undertaking incl.",
        # non-native
        "We attach the end user statement with stamp, and also the letter from ministry that permit the import.",
        "Customer send us photos of the lab where the instrument will be, and the plan of the room.",
        "This is fourth order of same customer, all previous go to same address, we check it with our engineer.",
        # officer summary
        "Exporter advises that the end-user statement was signed by {eu}'s technical director and describes the intended application in detail, consistent with the applicant's own knowledge of the site.",
        "Applicant reports that it holds service records for two earlier units at the same end user, both still operating at the declared address.",
        "The applicant states that the end user has provided a signed re-export undertaking and a copy of its operating licence.",
        "Per the applicant, {po} was awarded through a public tender whose documentation names the end user and the installation site.",
        # candid first-person
        "I've attached our engineer's visit report from {month}; he saw the old unit still running and the space prepared for the new one.",
        "The end user answered every question on our due-diligence form, including the re-export one, and sent a signed undertaking without being chased.",
        "The order came through our distributor, but the end user signed the EUS directly and we spoke to their lab manager to confirm it.",
        # verbose
        "The customer's answers to our end-use questionnaire were complete and specific, naming the production line, the parts to be tested and the responsible engineer, and they match what our distributor in {country} reports from regular visits.",
        "We have attached the full correspondence with {eu_short}, including the technical specification drawn up with their engineers, the signed end-user statement and the import permit issued by the authorities in {country}.",
    ],
    # Ordinary packaging and labelling, including customer labelling requests
    # with a reason.
    "packaging": [
        # terse
        "crates marked w/ model, serial, our name; std export pkg",
        "packed in 2 crates + 1 carton (accessories), all labelled",
        "sw only: no pkg, electronic delivery",
        "air-ride pallet, tilt + shock indicators fitted",
        "pkg per cust's receiving spec: barcode labels w/ PO + site code",
        # non-native
        "Packing is our normal wood crate for sea, with protection for humidity and the marking of our company.",
        "Batteries are packed separate with the label for dangerous goods, like the regulation say.",
        "Each box have label with serial number and order number, same like in packing list.",
        # officer summary
        "Exporter advises that the goods will be packed in its standard export crates, marked with the manufacturer's name, model designation, serial numbers and order reference {po}.",
        "Applicant reports that the main frame will travel in an open-top container because of its height, with the control cabinet in a separate, fully marked crate.",
        "The applicant states that the customer asked for labels in the local language in addition to English, to help the end user's goods-receiving staff.",
        "Per the applicant, the packaging meets the carrier's requirements for air freight, and the outer marks match the commercial invoice.",
        # candid first-person
        "The customer asked for their PO number and site code on every crate, which we do for most large buyers anyway.",
        "We're splitting it into modules because the site's door is too narrow for the assembled machine; each crate is labelled with the module name and the system serial.",
        "Because it goes by sea and then a long road leg, we're using heavy crates with VCI film rather than our air cartons.",
        # verbose
        "At the end user's request the shipment will be packed and labelled per module, so that their receiving staff can take each crate straight to the right room; all marks show our company name, the model and the serial numbers, and match the packing list.",
        "The optics travel in their original sealed transport cases with humidity indicators, which the customer's staff know from the previous delivery, and the cases are not to be opened until our engineer arrives.",
    ],
    # Customers who know the product, long relationships, procurement offices.
    "customer": [
        # terse
        "cust knows model well, 3 units already in use",
        "end user = contract test lab, ISO 17025 accredited",
        "cust's eng. team attended FAT at our works, very competent",
        "new cust but experienced: ran our demo unit 2 wks, chose mid-range config",
        "PO placed by end user's central procurement office, std for this group",
        # non-native
        "Customer know this model very good, they have two from before and they ask about the new software version.",
        "The end user is research centre of the national university, we work with them in many projects.",
        "Buyer is the procurement department of the hospital group, they buy for all the hospitals of the group.",
        # officer summary
        "Exporter advises that the end user's engineers specified the configuration themselves after a trial of the demonstration unit, and that the options chosen match the stated process.",
        "Applicant reports that the customer is a subsidiary of a listed industrial group and has purchased from the applicant regularly since 2011.",
        "The applicant states that the purchasing contact is the end user's procurement office, which places orders on behalf of the engineering department that will operate the equipment.",
        "Per the applicant, the customer's technical staff attended its user conference in {year} and presented results obtained with the earlier model.",
        # candid first-person
        "Their engineers grilled us about detector noise and calibration intervals for an hour. That's exactly the kind of customer you want.",
        "We know the plant: we supplied the line this is going on, and the quality manager there has been our contact for a decade.",
        "They're new to us but not new to this kind of kit; they sent a detailed requirement spec and questioned two of our datasheet figures.",
        # verbose
        "The buyer asked detailed questions about the new firmware and what has changed since the model they ordered in {year}, which they clearly know well from daily use.",
        "Although this is the first order from {eu_short} directly, the end user has run our instruments for years through our former distributor, and their lab staff already knew the software when we ran the demonstration.",
        "The customer's production manager explained the process in detail during our visit and showed us where the new machine will stand and which products it will test, all of which fits the configuration ordered.",
    ],
}
