# UNTOC art. 20 (special investigative techniques): the findings' messages.

art20-technique-missing = The technique sought (controlled delivery, surveillance, undercover operation) is not given
art20-technique-controlled-delivery = controlled delivery
art20-technique-surveillance = electronic or other forms of surveillance
art20-technique-undercover = undercover operations
# What art. 20(1) asks of the requested State (the $duty of the messages below).
art20-duty-controlled = art. 20(1) obliges it to allow its competent authorities to use controlled delivery on its territory, within its possibilities and on the conditions its law sets
art20-duty-other = art. 20(1) lets it allow its competent authorities to use it on its territory where it deems it appropriate, on the conditions its law sets
# $state: the requested State; $technique: an art20-technique-* message; $duty: an art20-duty-* message.
art20-domestic-permitted = The basic principles of the legal system of { $state } permit { $technique } (stated in the case): { $duty }. This is a duty about what its own law makes available, not a duty to carry out this request, which it decides case by case (20(3)) unless an agreement governs (20(2))
art20-domestic-not-permitted = The basic principles of the legal system of { $state } do not permit { $technique } (stated in the case): art. 20(1) asks nothing of { $state } for it, and the Convention gives no other ground to require it
art20-domestic-open = Whether the basic principles of the legal system of { $state } permit { $technique } is for its law; if they do, { $duty }. This is a duty about what its own law makes available, not a duty to carry out this request, which it decides case by case (20(3)) unless an agreement governs (20(2))
art20-agreement-binds = An agreement on special investigative techniques binds the two States: it applies strictly on its terms (20(2))
art20-agreement-case-by-case = No agreement of their own: the States decide case by case, and may settle financial arrangements and jurisdiction (20(3))
art20-legal-basis-yes = Yes, as a permission: the Convention supports using the technique with { $requested } for this covered offence, by agreement or case by case; it gives no duty to grant this request, and the law of { $requested } decides whether the technique is available there (20(1))
art20-legal-basis-not-in-force = No: the Convention is not in force between the two States
art20-legal-basis-not-covered = No: art. 20(2)-(3) concern offences covered by the Convention, and this one is not
art20-legal-basis-open = Undetermined: whether the Convention reaches this investigation is not settled
# Art. 20(4). $route: the States on the route; $states: the other States concerned.
art20-delivery-no-route = With the consent of every State concerned, goods may be intercepted and let through intact, or with them removed or replaced in whole or in part; the route is not given, so the States whose consent is needed besides { $requesting } and { $requested } are not named (give request.route_states)
art20-delivery-two-states = The route ({ $route }) crosses no State but { $requesting } and { $requested }: with their consent, decided case by case, goods may be intercepted and let through intact, or with them removed or replaced in whole or in part
art20-delivery-all-consent = Every other State on the route consents ({ $states }, stated in the case): with the consent of { $requesting } and { $requested } as well, decided case by case, goods may be intercepted and let through intact, or with them removed or replaced in whole or in part
art20-delivery-refused = { $states ->
    [one] { $states } on the route does not consent (stated in the case): the delivery may not cross its territory as planned; each State concerned must consent
   *[other] { $states } on the route do not consent (stated in the case): the delivery may not cross their territory as planned; each State concerned must consent
}
art20-delivery-open = The route ({ $route }) crosses { $states }, whose consent is needed and not stated; each State concerned must consent before goods may be intercepted and let through intact, or with them removed or replaced in whole or in part
art20-sovereignty-what = The technique is used
