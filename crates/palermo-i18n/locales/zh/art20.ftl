# 《公约》第20条（特殊侦查手段）：各项结论的消息。

art20-technique-missing = 未说明所请求的手段（控制下交付、监视或特工行动）
art20-technique-controlled-delivery = 控制下交付
art20-technique-surveillance = 电子或其他形式的监视
art20-technique-undercover = 特工行动
art20-duty-controlled = 第20条第1款要求该国视可能并根据本国法律所规定的条件，允许其主管当局在其境内使用控制下交付
art20-duty-other = 第20条第1款允许该国在其认为适当时，根据本国法律所规定的条件，准许其主管当局在其境内使用该手段
art20-domestic-permitted = 被请求国（{ $state }）法律制度的基本原则允许使用{ $technique }（案件中载明）：{ $duty }。这是关于其本国法律可提供何种手段的义务，而非执行本项请求的义务；除有协定规定（第20条第2款）外，该国在个案基础上作出决定（第20条第3款）
art20-domestic-not-permitted = 被请求国（{ $state }）法律制度的基本原则不允许使用{ $technique }（案件中载明）：第20条第1款对该国并无此项要求，《公约》也未提供任何其他依据予以要求
art20-domestic-open = 被请求国（{ $state }）法律制度的基本原则是否允许使用{ $technique }，由其本国法律决定；如果允许，{ $duty }。这是关于其本国法律可提供何种手段的义务，而非执行本项请求的义务；除有协定规定（第20条第2款）外，该国在个案基础上作出决定（第20条第3款）
art20-agreement-binds = 一项关于特殊侦查手段的协定对两国具有约束力：应严格按照其条款执行（第20条第2款）
art20-agreement-case-by-case = 两国之间没有专门协定：由两国在个案基础上作出决定，并可考虑就行使管辖权达成的财务安排或谅解（第20条第3款）
art20-legal-basis-yes = 是，属于许可性规定：《公约》支持就这一《公约》所涵盖的犯罪，依协定或在个案基础上与被请求国（{ $requested }）使用该手段；《公约》并未规定准予本项请求的义务，该手段在该国是否可用由其本国法律决定（第20条第1款）
art20-legal-basis-not-in-force = 否：《公约》在两国之间未生效
art20-legal-basis-not-covered = 否：第20条第2款和第3款涉及《公约》所涵盖的犯罪，而该犯罪不在此列
art20-legal-basis-open = 未确定：《公约》是否适用于此项调查尚未确定
art20-delivery-no-route = 经各有关国家同意，可拦截货物后允许其原封不动地或将其全部或部分取出或替换后继续运送；由于未说明运送路线，除请求国（{ $requesting }）和被请求国（{ $requested }）外还需征得哪些国家同意尚无法确定（请提供 request.route_states）
art20-delivery-two-states = 运送路线（{ $route }）仅经过请求国（{ $requesting }）和被请求国（{ $requested }）：经两国同意并在个案基础上作出决定，可拦截货物后允许其原封不动地或将其全部或部分取出或替换后继续运送
art20-delivery-all-consent = 路线上的所有其他国家均表示同意（{ $states }，案件中载明）：在请求国（{ $requesting }）和被请求国（{ $requested }）也同意的情况下，经在个案基础上作出决定，可拦截货物后允许其原封不动地或将其全部或部分取出或替换后继续运送
art20-delivery-refused = 路线上的{ $states }不同意（案件中载明）：交付不得按计划经过其领土；必须征得每一有关国家的同意
art20-delivery-open = 运送路线（{ $route }）经过{ $states }，需要其同意但案件中未载明；必须征得每一有关国家同意后，方可拦截货物后允许其原封不动地或将其全部或部分取出或替换后继续运送
art20-sovereignty-what = 该侦查手段的使用
