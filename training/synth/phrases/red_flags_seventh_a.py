"""Seventh red-flag phrase bank, part A: five diversion red flags.

Free-text templates for five of the ten diversion red flags in POLICY.md
section 4: a customer who is evasive about what the item is for or whether it
will be re-exported, an item that does not fit the buyer's line of business,
cash or another unusual payment for an expensive item, a buyer who declines
the usual installation, training or warranty, and a freight forwarder, trading
house or post-office box as the final destination.

Written independently for this bank; an earlier bank was consulted only for
the file format and slot conventions, not for wording. Each template shows
exactly the one flag of its key, no other flag and no end use. The seventh
round mixes, roughly equally within each list: quoted correspondence excerpts
(emails, chat messages, replies and forwarded snippets with names, times and
signatures); second-hand and hedged reports ("our agent mentioned", "we were
told", "apparently"); the buyer's own questions and requests; translated or
non-native English and terse telegraphic notes; and diary, log and checklist
entries with dates and answers. About a third of each list is deliberately
understated: one short, mild clause or a single detail that a careful
reviewer would still count.

Slots used (and no other braces)::

    {eu} {eu_short} {city} {country} {item} {forwarder} {third_country}
    {hub_city} {po} {incoterm} {month} {year}

``{item}`` carries its article and never opens a sentence; ``{po}`` is an
order reference (a post-office box is always written out as "P.O. Box").
"""

RED_FLAGS_SEVENTH_A: dict[str, list[str]] = {
    # The customer is evasive or unwilling to say what the item is for, or
    # whether it will be re-exported.
    "evasive": [
        # correspondence excerpts
        "Buyer wrote on 4 {month}: 'The application is an internal matter of our group and we prefer not to describe it.' Two reminders since then have gone unanswered on that point.",
        "WhatsApp from Rafael, 14:02: 'asked them again where the unit ends up after {city}, they just said the price is fine and can we send the invoice.'",
        "Forwarded from sales, 9 {month}: 'Hi Petra, {eu_short} says the question about purpose is not relevant for a supplier. Shall I push? Regards, Tomas.'",
        "Reply from {eu_short} purchasing, {month} {year}: 'Please, we have given you company name and address. More than this is not necessary for a purchase.'",
        "Email excerpt, Mr. Haddad to our sales desk: 'Whether we keep it or pass it on later is our own business decision, I hope you understand.'",
        "Chat log, 16:47, buyer: 'why do you need to know what we do with it?' 16:49, buyer: 'just quote please.'",
        "From the customer's reply to our questionnaire: 'Questions 4 and 5 we will discuss in person one day.' Questions 4 and 5 concern the application and onward transfer.",
        "Sent: Monday 11:20. From: Louise Moreau. 'I have asked three times what they will do with {item}. Each time a new topic. Please advise how to continue.'",
        "Text from our rep, 08:15: 'meeting at {eu_short} ok, but the moment I mentioned re-export the director stood up and ended it politely.'",
        "Buyer's signature block reads 'Procurement, {eu}'; the body of his message only says: 'Application confidential, thank you for respecting.'",
        # second-hand and hedged
        "Our agent in {city} mentioned that {eu_short} changed the subject each time she asked what {item} would actually be doing there.",
        "I understand from the distributor that the customer would rather not put anything in writing about where the equipment goes after delivery.",
        "Apparently the buyer told our trade-fair staff he 'could not say' what the machine was for, and laughed it off.",
        "We were told by the local partner that {eu_short} is 'sensitive' about the question of purpose and that we should not raise it again.",
        "It seems the customer's technical contact was instructed not to discuss the application with suppliers; at least that is what he told our engineer.",
        "Our {country} representative reports, second-hand, that the buyer refused to confirm whether the goods would stay in the country.",
        "According to the reseller, {eu_short} 'does not like to talk about' whether the unit may later be sold on.",
        # buyer's own questions / requests
        "The customer asked whether the end-use field on the form could simply be left empty, as 'nobody fills this in our country'.",
        "Buyer's question, verbatim: 'Is it obligatory to say what we will do with it? If not, please skip.'",
        "They asked whether we could sign the end-user statement on their behalf so that they do not have to describe the use.",
        "Could you remove the paragraph about re-export from the contract? It is not usual for us. (Request from {eu_short}, {po}.)",
        "The buyer wanted to know if the order can go ahead 'without the questions about purpose', since a competitor had not asked them.",
        # non-native / telegraphic
        "Customer say the application is not possible to tell, it is confidential of the owner. We ask two times, same answer.",
        "The client has informed us that about the application he can give no information, this is with the management to decide and the management is not available.",
        "Client tell us that the use of the equipment is a theme of them only and the supplier must not worry for this.",
        "Customer reply: about usage, sorry cannot provide, please understand. About resell also cannot confirm.",
        "Client is answering that purpose of equipment is not question for supplier. Also where it will be after, he is not saying.",
        "The client has precised that he does not wish to communicate on the utilisation of {item}, nor on its future destination.",
        "Customer says usage information they are not sharing, only the order they are giving. Very friendly but no information.",
        "The client informed that the finality of the equipment is reserved information of the company.",
        "cust. won't say what it's for; asked 3x; won't rule out passing it on either.",
        "purpose: no answer. re-export: 'maybe, maybe not'. otherwise order complete.",
        # understated
        "End-use section of the customer form returned blank; all other fields completed in full.",
        "Re-export question on the declaration answered with a single dash.",
        "Customer signed the end-user statement but struck through the line on onward transfer.",
        "Order {po} otherwise routine; the buyer did not respond to the one question about what the unit will be doing.",
        "Pricing agreed, {incoterm}, three-year framework; purpose of purchase 'to be advised'.",
        "The buyer answered every question on our form except the one asking whether the goods will remain in {country}.",
        "Application described by the customer only as 'various'.",
        "Reply to our end-use query came back a week later and covered payment terms, colour options and delivery address, but not the query itself.",
        "Under 'intended application' the buyer has written 'see attached'; nothing was attached, and a second request went unanswered.",
        "We note that {eu_short} left unticked both boxes on whether the goods will stay in {country} or be transferred.",
        "On the purpose of the purchase the buyer would only say that it was 'for the company'.",
        "Our question about onward sale received a polite 'we will see'.",
        "Customer preferred not to answer the end-use question at this stage.",
        # logs / checklists
        "12/{month}: call with {eu_short}, asked about application. 'Later.' 19/{month}: asked again. 'Still later.' 26/{month}: no reply.",
        "Resale intended? - 'no comment'. Stays in {country}? - 'probably'. Application? - left blank.",
        "Checklist KYC-3: end use stated - NO (buyer declined); re-export ruled out - NO (buyer declined to confirm).",
        "Visit report, {month} {year}. Premises seen, staff friendly. Asked twice about the purpose of {item}; both times told it is 'not for discussion'.",
        "Log {po}: 10:05 end-use query sent. 15:30 buyer phoned back about discount only. 17:10 end-use query resent, unread.",
    ],

    # The item does not fit the buyer's line of business.
    "line_of_business": [
        # correspondence excerpts
        "Buyer wrote: 'We are a tour operator since 1998, and now we also want to buy this instrument from you.' {eu_short} has no other activity on record.",
        "WhatsApp from Rafael, 10:31: 'visited {eu_short} today. it's a furniture showroom. sofas everywhere. they still want the quote for {item}.'",
        "Email from the customer, {month} {year}: 'Our company is best known in {city} for wedding catering; please send the datasheet and final price for {item}.'",
        "Forwarded from the regional office: 'Heads-up, the buyer on {po} runs petrol stations. Nothing technical in their portfolio that I can find. Best, Ines.'",
        "Signature line on every message from the buyer: 'Golden Harvest Dates and Dried Fruits, Export Department'. The order is for {item}.",
        "Reply from Mr. Okoro, 13:12: 'Yes, we are the same company that imports second-hand tyres. Please proceed with {po}.'",
        "Chat, sales team, 09:58: 'is it normal for a shoe retailer to order {item}?' 10:02: 'never seen it before.'",
        "From their introduction letter: '{eu} has two decades of experience in the import of bathroom tiles and sanitary ware.' This is their first enquiry with us.",
        "Letter head on the purchase order: a children's toy wholesaler in {city}. Goods ordered: {item}.",
        # second-hand and hedged
        "Our agent in {city} mentioned that {eu_short} is mainly known locally as a car rental firm.",
        "I understand from the distributor that the buyer's only previous purchases were office chairs and printer toner.",
        "Apparently the customer's premises are a perfume shop in a shopping mall, according to the colleague who dropped by.",
        "We were told by the chamber of commerce in {country} that {eu_short} is registered for the sale of agricultural seeds and fertiliser.",
        "It seems the buyer is a real-estate agency; at least that is what comes up for the address and the telephone number.",
        "Our representative heard from a mutual contact that {eu} deals in carpets and handicrafts, nothing more.",
        "The reseller tells us, without being sure, that the customer owns a chain of mobile-phone repair kiosks.",
        # buyer's own questions / requests
        "The buyer asked whether we also sell spare parts for fishing boats, as that is 'their normal business', and in the same call confirmed the order for {item}.",
        "They asked if we could invoice {item} together with the hotel linen they buy from our sister company.",
        "Question from {eu_short}: 'Do you have a catalogue in the category of cosmetics? We would like to add to the same order.'",
        "Customer asked whether the quotation for {item} could be addressed to their bakery division.",
        # non-native / telegraphic
        "Our company is making the trade with textiles and shoes since many years, and now we are interested also to this apparatus.",
        "Client explain he has restaurants in {city}, three of them, and is now also buying {item} from us.",
        "We are company of import fruits and vegetables, we wish to order one unit of your product, please send proforma.",
        "The customer present himself as travel agency with a second activity in import of kitchen equipment; order is for {item}.",
        "Client is firm for construction of roads. He want the instrument also, one piece.",
        "The society of the client is active in the cosmetic distribution, they demand an offer for {item}.",
        "Buyer = flower wholesaler. Item = {item}. No overlap found.",
        "cust. sells used cars; now ordering {item}; first order of its kind.",
        # understated
        "Trade register extract for {eu_short}: retail of clothing and accessories.",
        "Buyer's website, checked 12 {month}, lists garden furniture, parasols and barbecue sets.",
        "Customer's previous orders with us: packaging film, twice.",
        "{eu} is a member of the {country} association of jewellers.",
        "The buyer's VAT registration code corresponds to wholesale of beverages.",
        "The company's profile on a business directory describes it as a cleaning-services contractor with forty staff.",
        "Delivery address for {item} is the back entrance of a pharmacy.",
        "Its annual report, which the buyer kindly enclosed, covers olive groves and a bottling line only.",
        "The customer's letterhead still shows the tagline 'Quality Tea Since 1974'.",
        "{eu_short}'s staff listed on their site are drivers, a dispatcher and an accountant.",
        "Invoices from the buyer to its own customers, shown to us as references, are for school uniforms.",
        "The buyer's listed activity is event management.",
        "Order {po} is the first from {eu_short} for anything other than plastic garden pots.",
        "Nature of business per the customer's own form: 'import and retail of toys'.",
        # logs / checklists
        "03/{month}: rang the {eu_short} switchboard, answered 'carpet warehouse, good morning'. 04/{month}: order {po} for {item} confirmed by the same number.",
        "KYC: core business - textile import. Relevance of {item} to core business - none apparent. Prior purchases of similar goods - none.",
        "Site visit {month} {year}: showroom of kitchen cabinets, small office upstairs, no workshop or technical staff seen.",
        "Buyer type? - hotel group. Sector match with {item}? - no. Previous technical purchases? - no.",
        "Log: 14/{month} company search on {eu} completed; registered activity 'wholesale of confectionery'. Item on order: {item}.",
        "Screening note: end user's registered purpose is the operation of a driving school; product category on the application does not correspond.",
        "Message from Ana, 17:20: 'their other supplier is a wholesaler of frozen fish, and so are they, from what I can see.'",
        "Our {country} partner believes the buyer makes cardboard boxes and has no in-house engineers.",
    ],

    # The buyer offers cash or an unusual payment for an expensive item.
    "unusual_payment": [
        # correspondence excerpts
        "Buyer wrote: 'We can pay the full amount in cash at your office, in euros, if it makes things faster for you.' The order value is just under EUR 390,000.",
        "WhatsApp from Rafael, 09:40: 'they offered to pay with gold bars. not joking. for the whole {po}.'",
        "Email from {eu_short}, {month} {year}: 'Payment will be made by our friend's company in {third_country}, please issue the invoice to us anyway.'",
        "Forwarded from accounts: 'The deposit for {po} came as six cashier's cheques, each just below the reporting threshold. Do we bank them? Sven.'",
        "Chat, 11:03, buyer: 'bank transfer is complicated for us. cash in a bag is ok for you?' Order value EUR 240,000.",
        "Reply from Mr. Rahimi: 'For the balance we can give you a container of pistachios of the same value, top quality.' The balance is roughly EUR 150,000.",
        "From the buyer's email of 3 {month}: 'Our director will bring the money personally in {city}, in US dollars notes, no need for the bank.'",
        "Sent 22:14 by the buyer: 'Can we pay with bitcoin or USDT? We have it ready today.' {item} is quoted at EUR 310,000.",
        "Message from finance, 15:37: 'Payment for {po} just landed from a personal account in the name of someone not on the order. Full amount, EUR 275k.'",
        # second-hand and hedged
        "Our agent in {city} mentioned that the customer wants to settle the EUR 420,000 invoice in banknotes at the time of collection.",
        "I understand from the distributor that {eu_short} usually pays its suppliers through a money exchange office rather than a bank.",
        "Apparently the buyer suggested to our sales manager that part of the price could be paid 'in kind', with cars.",
        "We were told the payment would come from three different companies, none of which is the buyer, split into smaller transfers.",
        "It seems the customer would prefer to pay everything up front in cash and has asked our agent to arrange a meeting for the handover.",
        "According to our reseller, the buyer intends to pay through a cousin's import firm in {third_country} 'for tax reasons'.",
        "The bank told us, informally, that the incoming payment for {po} was made by a prepaid card provider.",
        # buyer's own questions / requests
        "They asked whether we accept payment in cash in instalments, handed over to our local agent each month, for a system worth EUR 560,000.",
        "Could you accept payment by a third party whose name must not appear on the invoice? (Buyer's request, {po}.)",
        "The buyer asked if we would take payment in traveller's cheques for the full EUR 180,000.",
        "Customer's question: 'If we pay double the deposit in cash, can we skip the letter of credit?'",
        "They wanted to know whether they could overpay and have the surplus refunded to a different account in {third_country}.",
        # non-native / telegraphic
        "Client propose to pay all in cash when he come in person, he say the bank is too slow for him. Amount is more than 300 thousand euro.",
        "The customer would like to make the payment in cash money, in one time, at the signature of the contract.",
        "Buyer say payment is possible by gold or by cash dollars, how we prefer. No bank transfer.",
        "Client will pay with the cheques of different societies, it is normal in his country, he says.",
        "The client is proposing the payment by the exchange of goods, textile rolls against the machine, value equal.",
        "Payment he will make from the account of his brother-in-law's shop, because the company account is 'not convenient'.",
        "cust. offers cash for EUR 260k order; declined LC; no reason.",
        "pymt: 4 x wire from 4 unrelated senders, total matches invoice to the cent.",
        # understated
        "Deposit for the EUR 340,000 order settled by postal money orders.",
        "The remittance advice for {po} names a payer we have never dealt with, a hair salon.",
        "Payment terms requested by the buyer: 100% cash on collection.",
        "Balance of EUR 95,000 to be brought to the signing in person, per the buyer.",
        "The buyer paid the full EUR 180,000 before receiving the pro forma, from an account in someone else's name.",
        "Invoice value EUR 212,000; customer's preferred method is 'banknotes'.",
        "Remitter on the EUR 250,000 transfer is a company unknown to us and unrelated to {eu}.",
        "Customer's order form, under 'payment method', reads 'cash (EUR)'. Order total is EUR 415,000.",
        "The down payment reached us through a money transfer office, in eleven parts.",
        "Full price of {item}, a little over EUR 200,000, paid by a foreign individual rather than by the buyer.",
        "For the EUR 190,000 unit, the buyer's payment proposal is a mix of prepaid vouchers and cash.",
        "Funds for {po} were received from an account at a bank in {third_country} held by a person not named anywhere in the file.",
        "The customer accepted every term of the quotation except the bank transfer, offering cash instead.",
        "Price EUR 275,000, {incoterm}; the buyer wants to pay on pick-up, in notes.",
        # logs / checklists
        "05/{month}: buyer asks about cash. 06/{month}: explained we only accept transfer. 08/{month}: buyer offers cash again, now with a 5% premium.",
        "Payment check: payer = {eu}? - NO. Method = bank transfer? - NO (cash offered). Amount = EUR 330,000.",
        "Accounts log {po}: 14:10 deposit received by cheque from unknown third party; 14:45 second cheque, different drawer; 16:00 buyer confirms 'all ok, same group'.",
        "KYC: expected payment route - letter of credit. Actual proposal - cash handed to our agent in {city}.",
        "Finance note, {month} {year}: the buyer asks to pay the EUR 600,000 invoice through a gold dealer's account.",
        "Signed off by Mr. Lindqvist, accounts: 'Customer again asks to settle the EUR 480k balance with a suitcase of dollars at the hotel. I have said no twice.'",
        "Our {country} partner hears that the buyer has offered crypto-currency for the whole order, worth about EUR 350,000.",
    ],

    # The buyer declines the usual installation, training or warranty.
    "declines_service": [
        # correspondence excerpts
        "Buyer wrote: 'No need to send an engineer, we will install ourselves. Please take the commissioning off the offer.'",
        "WhatsApp from Rafael, 16:20: 'they don't want the training days. not even one. said just ship the crates.'",
        "Email from {eu_short}, {month} {year}: 'We decline the warranty extension and also the standard warranty if it reduces the price.'",
        "Forwarded from service planning: 'Customer on {po} cancelled the installation visit, no new date requested. Closing the ticket? Marta.'",
        "Reply from Mr. Aziz, 10:44: 'Thank you for the kind offer of operator training, but we will not need it at all.'",
        "Chat, 18:09, buyer: 'pls remove install + training from the invoice, we only pay for the machine.'",
        "From the buyer's letter of 2 {month}: 'Your technician is not required on site. Delivery to the door is sufficient.'",
        "Sent 08:55 by {eu_short} procurement: 'We confirm the order but without any after-sales service package, including warranty.'",
        "Message from our field service lead: 'Told the customer the start-up is included in the price anyway. They still said no, thanks.'",
        # second-hand and hedged
        "Our agent in {city} mentioned that the customer does not want our engineers anywhere near the site.",
        "I understand from the distributor that {eu_short} will not register the unit for warranty.",
        "Apparently the buyer told our sales manager that training was 'a waste of time' and asked for it to be dropped.",
        "We were told by the local partner that the end user prefers to commission {item} without us.",
        "It seems the customer has turned down the free first-year maintenance visit as well as the installation.",
        "According to the reseller, the buyer has no interest in the warranty and said so twice.",
        "Our representative heard that the end user does not plan to let anyone from our side attend the start-up.",
        # buyer's own questions / requests
        "They asked whether the price would go down if we removed the warranty completely.",
        "Could you ship {item} without the installation kit and without the service engineer? (Request from {eu_short} on {po}.)",
        "The buyer wanted to know if the training could be struck from the contract, 'since it is only a formality'.",
        "Customer's question: 'Is the warranty obligatory? We would prefer to sign that we waive it.'",
        "They asked whether we could deliver the unit uncommissioned and leave the start-up to them.",
        # non-native / telegraphic
        "Client say the installation he will make with his own people, the engineer of you is not necessary.",
        "The customer renounces to the formation and to the guarantee, he wants only the delivery.",
        "Buyer is refusing the training, he says his team know already everything, no need.",
        "The client does not desire the commissioning on site, and the warranty also he is not taking.",
        "Customer wish no service, no installation, only the goods in the box, please.",
        "For the guarantee the client says is not interesting for him, we can remove from the contract.",
        "cust. declines install + training; warranty card not wanted; no reason given.",
        "svc: refused. trng: refused. wty: waived by buyer.",
        # understated
        "Commissioning on site: declined by the customer.",
        "The training line on the order confirmation has been crossed out and initialled by the buyer.",
        "Warranty registration returned unsigned, with 'N/A' written across it.",
        "Customer opted out of the standard two-day installation.",
        "The quotation for {po} was accepted with one change: no start-up visit.",
        "The buyer has not booked the operator course that comes with every unit.",
        "Service contract offered with the order; the customer declined.",
        "Installation included in the price at no extra cost; the buyer nonetheless asked us not to send anyone.",
        "Order confirmed, {incoterm}, warranty waived at the customer's request.",
        "The buyer will not need the usual on-site acceptance test, according to his last email.",
        "Customer ticked 'no' for installation, training and extended warranty on our order form.",
        "Our engineer's travel to {city} for the start-up has been cancelled by {eu_short}.",
        "Of the standard package, the buyer took the hardware only.",
        "The buyer preferred not to take up the free operator training.",
        # logs / checklists
        "07/{month}: offered installation, declined. 09/{month}: offered remote commissioning instead, declined. 11/{month}: offered training video pack, declined.",
        "Installation requested? - 'no'. Training requested? - 'no'. Warranty registration? - 'not needed'.",
        "Service log {po}: 13:00 install date proposed; 13:40 customer replies install not wanted; 13:41 ticket closed by customer request.",
        "Checklist AS-2: site survey - refused; commissioning - refused; warranty activation - refused by end user.",
        "Project diary, {month} {year}: customer confirmed again today that no training is wanted for any of their staff.",
        "Signed 'Kind regards, Dilek', from the buyer's office: 'About the warranty, we prefer to go without. Thank you for understanding.'",
        "Our {country} partner says the customer turned down the installation even after we offered it free of charge.",
    ],

    # A freight forwarder, trading house or post-office box is the final
    # destination.
    "forwarder_destination": [
        # correspondence excerpts
        "Buyer wrote: 'Please deliver to {forwarder}, warehouse 7, {city}. This is the final address, nothing further is needed from your side.'",
        "WhatsApp from Rafael, 12:18: 'asked who the real end user is. they said {forwarder} IS the end user. it's a freight company.'",
        "Email from {eu_short}, {month} {year}: 'For consignee and end user please write {forwarder}. They keep all our goods.'",
        "Forwarded from logistics: 'Delivery address on {po} is a P.O. Box in {city}, no street address given. Can we even ship to that? Jonas.'",
        "Reply from Ms. Farouk, 15:06: 'Yes, the trading house in {city} is the final receiver, the goods will remain there.'",
        "Chat, 10:27, buyer: 'ship-to = {forwarder}. no other address. they are our final place.'",
        "From the buyer's letter of 19 {month}: 'All correspondence and the goods themselves to P.O. Box 3318, {city}.'",
        "Sent 07:50 by the customer: 'End-user certificate will be signed by {forwarder}, as they are the final consignee of the order.'",
        "Note from our export clerk, 14:33: 'Looked up the end-user address. It is the bonded shed of a forwarding agent, not an office.'",
        # second-hand and hedged
        "Our agent in {city} mentioned that the address given for {eu_short} is in fact the yard of {forwarder}.",
        "I understand from the distributor that the goods are to stay with a general trading company in {city}, which will hold them.",
        "Apparently the final delivery point is a post-office box; the buyer told our rep they 'have no fixed premises at the moment'.",
        "We were told that {forwarder} will receive {item} and that no onward delivery address exists.",
        "It seems the end user named on the application is a freight consolidator; that is what its own website says.",
        "According to the reseller, the 'end user' in {city} is an import-export house that trades in everything from rice to cables.",
        "Our representative says, second-hand, that the buyer's only address in {country} is a mailbox.",
        # buyer's own questions / requests
        "They asked whether we could name {forwarder} as the end user on the licence application, 'to keep it simple'.",
        "Could you address the consignment to our forwarder and leave the end-user field with their name too? (Buyer's request, {po}.)",
        "The buyer wanted to know if a P.O. Box is acceptable as the delivery address for {item}.",
        "Customer's question: 'Is it a problem if the final destination is the warehouse of the trading company and not our office?'",
        "They asked if the end-user statement could be signed by the general trader who receives the goods, instead of by them.",
        # non-native / telegraphic
        "Client say the goods must arrive at the forwarder {forwarder}, this is the final place, after you don't need to know.",
        "The final destinatary of the merchandise is the trading society in {city}, it will stay by them.",
        "Customer inform the delivery is to post box only, P.O. Box 771, {city}, no other address they give.",
        "Buyer is saying final consignee is transport company, they keep the goods in their store.",
        "The end user indicated on the papers is the forwarding agency of the client, nothing after.",
        "For the delivery the client is giving the address of his expediteur, it is the last address.",
        "cust. ship-to = {forwarder} bonded whse; no end-user address beyond that.",
        "dest: P.O. Box 2206, {city}. street addr: none. end user: same box.",
        # understated
        "Final consignee on the order: {forwarder}.",
        "End-user address given as P.O. Box 5120, {city}.",
        "The delivery address on {po} belongs to a freight forwarder's warehouse at {city} airport.",
        "Consignee and end user on the shipping instructions are both {forwarder}.",
        "The end-user statement is on the letterhead of a general trading company.",
        "Delivery of {item}, {incoterm}, to the premises of {forwarder}, where it is to remain.",
        "The customer's only address on file is a post-office box.",
        "Our search on the end-user address returns a logistics park unit leased to {forwarder}.",
        "End user named on the application: a trading house in {city}, with no further recipient mentioned.",
        "The street address given for {eu_short} is the same as that of {forwarder}'s cargo terminal.",
        "Final destination on the pro forma: 'c/o {forwarder}, {city}'.",
        "Goods to be delivered to and kept at the customs warehouse run by the buyer's forwarder.",
        "The end-user signature block reads 'Operations Manager, {forwarder}'.",
        "For {po}, the last address we are given is P.O. Box 904, {city}, {country}.",
        # logs / checklists
        "02/{month}: end-user address received. 03/{month}: address checked, it is {forwarder}'s depot. 05/{month}: buyer confirms depot is the final destination.",
        "End user = buyer? - NO. End user = {forwarder}? - YES. Further consignee? - none given.",
        "Screening log {po}: 11:15 address lookup, P.O. Box only; 11:40 asked for street address; 12:05 buyer replies the box is the destination.",
        "Checklist EU-1: end-user premises verified - NO, address is a trading company's warehouse; named end user - same trading company.",
        "Licence file note, {month} {year}: final consignee on the application is a freight forwarding firm in {city}.",
        "Signed 'Best, Karim', from the buyer's side: 'Our address for all documents and the delivery is P.O. Box 66, {city}. That is all you need.'",
        "Our {country} partner notes that the named end user is a commodity trading house with no premises of its own beyond an office suite.",
    ],
}
