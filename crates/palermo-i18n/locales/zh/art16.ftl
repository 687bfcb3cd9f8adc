# 第16条（引渡）：第16条第1款至第17款的结论，从本条是否适用到法律依据以及请求所附带的事项。
# $requesting 和 $requested：请求所涉两国（名称加代码，或仅代码）；$state：另一国。见 docs/translations/h1.md。

## 第16条第1款：双重犯罪。
art16-punishable = 应受处罚
art16-not-punishable = 不受处罚
art16-punishable-unknown = 是否应受处罚尚未确定

art16-dual-criminality = 依据请求国{ $requesting }的本国法律，该行为{ $in_requesting ->
        [art16-punishable] 应受处罚
        [art16-not-punishable] 不受处罚
       *[other] 是否应受处罚尚未确定
    }；依据被请求国{ $requested }的本国法律，该行为{ $in_requested ->
        [art16-punishable] 应受处罚
        [art16-not-punishable] 不受处罚
       *[other] 是否应受处罚尚未确定
    }{ $fails ->
        [true] 。因此，作为两种情形共同条件的双重犯罪要求未得到满足
       *[false] {""}
    }

## 第16条第1款：两种情形及本条是否适用。
art16-first-limb-yes = 第一种情形：属于本公约所涵盖的犯罪
art16-first-limb-no = 第一种情形不成立：该犯罪不属于本公约所涵盖的犯罪
art16-first-limb-open = 第一种情形：该犯罪是否属于本公约所涵盖的犯罪尚未确定
art16-second-limb-yes = 第二种情形：第3条第1款(a)项或(b)项所述犯罪涉及有组织犯罪集团，且被请求引渡人位于被请求国{ $requested }境内（无需具有跨国性）
art16-second-limb-elsewhere = 第二种情形不成立：被请求引渡人位于{ $state }境内，而不在被请求国{ $requested }境内
art16-second-limb-no = 第二种情形不成立：不存在涉及有组织犯罪集团的第3条第1款(a)项或(b)项所述犯罪
art16-second-limb-open = 第二种情形：尚未确定（犯罪类型、有组织犯罪集团的参与或被请求引渡人所在地）
art16-applies-both-limbs = 第16条适用（两种情形均成立），且符合双重犯罪要求
art16-applies-first-limb = 第16条适用（第一种情形：本公约所涵盖的犯罪），且符合双重犯罪要求
art16-applies-second-limb = 第16条适用（第二种情形：被请求引渡人位于被请求国境内），且符合双重犯罪要求
art16-applies-not-in-force = 第16条不适用：本公约在两国之间尚未生效
art16-applies-no-dual-criminality = 第16条不适用：该行为并非在两国均应受处罚
art16-applies-no-limb = 第16条不适用：第16条第1款的两种情形均不成立
art16-applies-open = 第16条是否适用尚未确定

## 第16条第2款：不在本条范围之内的独立严重犯罪。$offence：该犯罪在请求中的编号。
art16-separate-serious-yes = 第{ $offence }项犯罪不在第16条范围之内，但属于一项独立的严重犯罪：被请求国{ $requested }也可以对其适用本条
art16-separate-serious-no = 第{ $offence }项犯罪不在第16条范围之内，且不属于严重犯罪：第16条第2款不适用于该犯罪
art16-separate-serious-open = 第{ $offence }项犯罪不在第16条范围之内；其是否属于严重犯罪（就第16条第2款而言）尚未确定

## 第16条第5款(a)项：被请求国的通知，就本项请求而言。
art16-notification-takes = 被请求国{ $requested }将本公约视为引渡的法律依据
art16-notification-declines = 被请求国{ $requested }不将本公约视为引渡的法律依据
art16-notification-declines-own-law = 被请求国{ $requested }不将本公约视为引渡的法律依据；其通知表明，该国依据本国法律、所缔结的条约并在互惠基础上进行引渡
art16-notification-reciprocal-met = 被请求国{ $requested }对同样这样做的缔约国将本公约视为法律依据，而请求国{ $requesting }亦如此
art16-notification-reciprocal-not-met = 被请求国{ $requested }仅在互惠条件下将本公约视为法律依据，而请求国{ $requesting }不将本公约视为法律依据
art16-notification-reciprocal-unknown = 被请求国{ $requested }仅对同样这样做的缔约国将本公约视为法律依据；记录中没有关于请求国{ $requesting }是否如此的信息
art16-notification-like-case-national = 被请求国{ $requested }仅在互惠条件下将本公约视为法律依据；请求国{ $requesting }将本公约视为法律依据，但其本国国民除外，因此在类似情况下（被请求国国民）请求国不会这样做：对于此人（被请求国国民），互惠条件不成立（解释）
art16-notification-like-case-other = 被请求国{ $requested }仅在互惠条件下将本公约视为法律依据；请求国{ $requesting }将本公约视为法律依据，但其本国国民除外，这一点在本案中并无影响：此人不是被请求国国民（解释）
art16-notification-like-case-unknown = 被请求国{ $requested }仅在互惠条件下将本公约视为法律依据；请求国{ $requesting }将本公约视为法律依据，但其本国国民除外，因此互惠条件是否成立取决于此人是否为被请求国国民，而这一点未予说明
art16-notification-except-nationals-national = 被请求国{ $requested }将本公约视为法律依据，但不适用于移交本国国民，而此人正是其国民
art16-notification-except-nationals-other = 被请求国{ $requested }将本公约视为法律依据，但其本国国民除外；此人不是其国民
art16-notification-except-nationals-unknown = 被请求国{ $requested }将本公约视为法律依据，但其本国国民除外；此人的国籍未予说明
art16-notification-treaty-unstated = 被请求国{ $requested }已通知其以订有条约为引渡条件，但未说明是否将本公约视为此种条约
art16-notification-content-unknown = 被请求国{ $requested }已根据第16条第5款(a)项作出通知，但数据中未载录其内容
art16-notification-none = 记录中没有被请求国{ $requested }根据第16条第5款(a)项作出的通知（所附清单并不完整），因此不知其是否将本公约视为法律依据
# $reading：上述消息之一；两国之间订有引渡条约。
art16-notification-not-deciding = { $reading }；但这并不决定本项请求：请求国{ $requesting }与被请求国{ $requested }之间订有引渡条约，因此适用的途径是第16条第3款，而非第16条第4款

## 第16条第3款：视为包括在引渡条约中的犯罪。$name：案件中所载的条约名称。
art16-deemed-included-yes = 两国之间订有引渡条约：第16条所适用的犯罪均应视为该条约中可引渡的犯罪
art16-deemed-included-yes-named = 两国之间订有引渡条约《{ $name }》：第16条所适用的犯罪均应视为该条约中可引渡的犯罪
art16-deemed-included-no = 两国之间未订有引渡条约，因此不存在可由第16条第3款予以补充的条约
art16-deemed-included-open = 两国之间是否订有引渡条约未予说明

## 第16条第4款：将本公约视为法律依据。$treaty_unknown：两国之间是否订有条约未予说明；$requires_unknown：被请求国是否以订有条约为引渡条件未予说明。
art16-convention-basis-not-engaged = 不适用：两国之间订有引渡条约，而第16条第4款仅涉及与被请求国未订有引渡条约的国家提出的请求（适用的途径是第16条第3款）
art16-convention-basis-not-engaged-named = 不适用：两国之间订有引渡条约《{ $name }》，而第16条第4款仅涉及与被请求国未订有引渡条约的国家提出的请求（适用的途径是第16条第3款）
art16-convention-basis-not-needed = 被请求国{ $requested }不以订有条约为引渡条件（{ $inferred ->
        [true] 如其根据第16条第5款(a)项作出的通知所载
       *[false] 案件中载明
    }），因此无需适用第16条第4款（适用第16条第6款）
art16-convention-basis-not-needed-law = 被请求国{ $requested }不以订有条约为引渡条件（如引渡法数据所载），因此无需适用第16条第4款（适用第16条第6款）
art16-convention-basis-may-if-no-treaty = 如果两国之间未订有引渡条约：{ $requires_unknown ->
        [true] 如果被请求国{ $requested }以订有条约为引渡条件，则该国
       *[false] 被请求国{ $requested }
    }可以自行决定将本公约视为法律依据；第16条第4款仅在两国之间未订有引渡条约时适用，而这一点未予说明
art16-convention-basis-may = { $requires_unknown ->
        [true] 如果被请求国{ $requested }以订有条约为引渡条件，则该国
       *[false] 被请求国{ $requested }
    }可以自行决定将本公约视为法律依据
art16-convention-basis-declines = { $treaty_unknown ->
        [true] 如果两国之间未订有引渡条约：{ $requires_unknown ->
            [true] 如果被请求国{ $requested }以订有条约为引渡条件，则该国
           *[false] 被请求国{ $requested }
        }
       *[false] { $requires_unknown ->
            [true] 如果被请求国{ $requested }以订有条约为引渡条件，则该国
           *[false] 被请求国{ $requested }
        }
    }不将本公约视为法律依据：不存在依据第16条第4款的途径
art16-convention-basis-open = { $treaty_unknown ->
        [true] 如果两国之间未订有引渡条约：{ $requires_unknown ->
            [true] 如果被请求国{ $requested }以订有条约为引渡条件，则该国
           *[false] 被请求国{ $requested }
        }
       *[false] { $requires_unknown ->
            [true] 如果被请求国{ $requested }以订有条约为引渡条件，则该国
           *[false] 被请求国{ $requested }
        }
    }是否将本公约视为法律依据尚未确定

## 第16条第6款：不以订有条约为引渡条件的国家。$inferred：根据其依第16条第5款(a)项所作通知推断，而非案件中载明。
art16-recognised-own-law = 被请求国{ $requested }不以订有条约为引渡条件（如其根据第16条第5款(a)项作出的通知所载：该国依据本国法律、所缔结的条约并在互惠基础上进行引渡）：该国应承认第16条所适用的犯罪为两国之间可相互引渡的犯罪，但须符合其本国法律规定的条件（第16条第7款），例如互惠
art16-recognised = 被请求国{ $requested }不以订有条约为引渡条件（{ $inferred ->
        [true] 如其根据第16条第5款(a)项作出的通知所载
       *[false] 案件中载明
    }）：该国应承认第16条所适用的犯罪为两国之间可相互引渡的犯罪，但须符合其本国法律规定的条件（第16条第7款）
art16-recognised-not-applicable = 被请求国{ $requested }以订有条约为引渡条件（{ $inferred ->
        [true] 系根据其依第16条第5款(a)项所作选择推断
       *[false] 案件中载明
    }），因此第16条第6款不适用
art16-recognised-open = 被请求国{ $requested }是否以订有条约为引渡条件未予说明
# 依引渡法数据（对该国法律的记录，予以引用）。$requesting：请求国；在混合制度下，取决于其法律如何对待请求国。
art16-recognised-law = 被请求国{ $requested }不以订有条约为引渡条件（如引渡法数据所载）：该国应承认第16条所适用的犯罪为两国之间可相互引渡的犯罪，但须符合其本国法律规定的条件（第16条第7款）
art16-recognised-not-applicable-law = 被请求国{ $requested }以订有条约为引渡条件（如引渡法数据所载），因此第16条第6款不适用
art16-recognised-open-mixed = 被请求国{ $requested }是否以订有条约为引渡条件尚无定论：引渡法数据显示其法律属混合制度（对某些国家须订有条约或协定，对另一些国家则不需要），因此取决于其法律如何对待请求国{ $requesting }
# $reading：上述关于第16条第6款的消息之一，系根据第16条第5款(a)项的通知推断；引渡法数据所载情况与此相反。
art16-law-record-overridden = { $reading }；引渡法数据所载被请求国{ $requested }的情况与此相反，但其根据第16条第5款(a)项作出的通知被视为优先（解释）

## 答复：本公约是否提供引渡的法律依据，以及通过何种途径。
art16-basis-yes-treaty = 是：该犯罪应视为包括在两国之间的引渡条约中（第16条第3款）；引渡仍须符合被请求国{ $requested }本国法律和条约规定的条件（第16条第7款）
art16-basis-yes-treaty-named = 是：该犯罪应视为包括在引渡条约《{ $name }》中（第16条第3款）；引渡仍须符合被请求国{ $requested }本国法律和条约规定的条件（第16条第7款）
art16-basis-yes-own-law = 是：被请求国{ $requested }已声明不将本公约视为法律依据，但该国无需条约即可引渡（依据本国法律并在互惠基础上），因此第16条第6款要求该国依据本国法律并按该法律规定的条件，将该犯罪视为可引渡的犯罪；引渡仍须符合该国本国法律和条约规定的条件（第16条第7款）
art16-basis-yes-no-treaty-needed = 是：被请求国{ $requested }不以订有条约为引渡条件，应承认该犯罪为可引渡的犯罪（第16条第6款）；引渡仍须符合该国本国法律和条约规定的条件（第16条第7款）
art16-basis-yes-convention = 是：被请求国{ $requested }以订有条约为引渡条件，并自行决定将本公约视为法律依据（第16条第4款和第5款(a)项）；引渡仍须符合该国本国法律和条约规定的条件（第16条第7款）
art16-basis-yes-convention-or-no-treaty = 是：被请求国{ $requested }将本公约视为法律依据：如果该国以订有条约为引渡条件，第16条第4款提供一条由其自行决定的途径；如果不以此为条件，则由第16条第6款提供途径；所报告的是两者中较弱的义务；引渡仍须符合该国本国法律和条约规定的条件（第16条第7款）
art16-basis-yes-treaty-or-convention = 是：两国之间是否订有引渡条约未予说明，但无论哪种情况均存在途径：订有条约时为第16条第3款，未订有条约时为第16条第4款（由被请求国自行决定）；所报告的是两者中较弱的义务；引渡仍须符合被请求国{ $requested }本国法律和条约规定的条件（第16条第7款）
art16-basis-yes-treaty-or-no-treaty-needed = 是：两国之间是否订有引渡条约未予说明，但无论哪种情况均存在途径：订有条约时为第16条第3款，未订有条约时为第16条第6款；所报告的是两者中较弱的义务；引渡仍须符合被请求国{ $requested }本国法律和条约规定的条件（第16条第7款）
art16-basis-yes-treaty-or-either = 是：两国之间是否订有引渡条约未予说明，但无论哪种情况均存在途径：订有条约时为第16条第3款，未订有条约时为第16条第4款或第6款；所报告的是两者中较弱的义务；引渡仍须符合被请求国{ $requested }本国法律和条约规定的条件（第16条第7款）
art16-basis-yes = 是；引渡仍须符合被请求国{ $requested }本国法律和条约规定的条件（第16条第7款）
art16-basis-no-not-in-force = 否：本公约在两国之间尚未生效
art16-basis-no-not-applicable = 否：第16条不适用于该项或该几项犯罪
art16-basis-no-route = 否：请求国{ $requesting }与被请求国{ $requested }之间未订有引渡条约；被请求国不将本公约视为法律依据，且以订有条约为引渡条件
art16-basis-open = 未定：{ $n ->
       *[other] 缺少{ $n }项事实
    }

## 第16条第5款(b)项和第17款：无途径；寻求缔结条约和协定的义务。
art16-seek-treaties = 被请求国{ $requested }不将本公约视为法律依据；该国应在适当情况下寻求与本公约其他缔约国缔结引渡条约
art16-seek-agreements = 各国应力求缔结双边和多边协定或安排，以执行引渡或加强引渡的有效性

## 第16条第7款：被请求国本国法律。每项障碍为列表 $bars 中的一项。
art16-bar-minimum-penalty = 未达到最低刑罚门槛
art16-bar-political-offence = 政治犯罪例外妨碍引渡
art16-bar-death-penalty = 关于死刑的规则妨碍引渡
art16-bar-ne-bis-in-idem = 一事不再理原则妨碍引渡
art16-bar-limitation = 时效妨碍引渡
art16-bar-evidence = 未满足证据要求
art16-domestic-bars = 被请求国{ $requested }的法律妨碍引渡（案件中载明）：{ $bars }
art16-domestic-met = 据案件所载，被请求国{ $requested }法律规定的条件（最低刑罚、拒绝理由、证据）均已满足
art16-domestic-open = 引渡须符合被请求国{ $requested }本国法律和条约规定的条件：最低刑罚、拒绝理由（政治犯罪、死刑、一事不再理、时效）、证据标准；本公约本身并未规定上述任何理由

## 第16条第8、9、13、14和16款。
art16-expedite = 在不违背本国法律的情况下，各国应努力加快引渡程序并简化与之有关的证据要求
art16-provisional-arrest = 在情况紧急时，被请求国{ $requested }可应请求国{ $requesting }的请求，将该人羁押或采取其他措施，以确保其在引渡程序中在场，但须符合其本国法律和条约
art16-fair-treatment = 应确保该人在诉讼的所有阶段受到公平待遇，包括享有其所在国本国法律所提供的一切权利和保障
art16-discrimination-refusal = 如果被请求国{ $requested }有充分理由认为提出该请求是为了以某人的性别、种族、宗教、国籍、族裔或政治观点为理由对其进行处罚，该国没有引渡义务（此为穷尽性清单；其他理由仅可依据其本国法律）
art16-consult-before-refusal = 在拒绝引渡前，被请求国{ $requested }应在适当情况下与请求国{ $requesting }进行磋商，使其有机会陈述意见和提供信息

## 第16条第10款：被请求国国民——以起诉代替引渡。
art16-prosecute-nationality-open = 此人是否为被请求国{ $requested }国民未予说明；如果是，且该国仅以此为由拒绝引渡，则该国有义务在请求国{ $requesting }提出请求时，将该案提交其主管当局以便起诉
art16-prosecute-not-national = 此人不是被请求国{ $requested }国民：不产生以起诉代替引渡的义务
art16-prosecute-extradites-nationals = 此人是被请求国{ $requested }国民，但该国引渡本国国民（案件中载明）：不产生该义务
art16-prosecute-enforcement-allowed = 引渡是为执行判决而请求，因此以第16条第12款为主；被请求国{ $requested }的法律允许在外国判决之后仍对此人进行起诉（案件中载明），因此，如果该国仅以此人为本国国民为由拒绝引渡，则有义务在请求国{ $requesting }提出请求时将该案提交以便起诉
art16-prosecute-enforcement-barred = 引渡是为执行判决而请求，因此以第16条第12款为主；被请求国{ $requested }的法律禁止在外国判决之后再次起诉此人（案件中载明），因此适用于尚未受审者的第16条第10款在本案中不起作用
art16-prosecute-enforcement-open = 引渡是为执行判决而请求，因此以第16条第12款为主；第16条第10款（将案件提交以便起诉）适用于尚未受审者：被请求国{ $requested }能否在外国判决之后进行起诉，是由其本国法律决定的一事不再理问题
art16-prosecute-duty = 此人是被请求国{ $requested }国民，该国不引渡本国国民（案件中载明）：如果该国仅以此为由拒绝引渡，则有义务在请求国{ $requesting }提出请求时，将该案提交其主管当局以便起诉，而不得有任何不应有的延误（见第15条第3款）
art16-prosecute-duty-either-way = 此人是被请求国{ $requested }国民，该国不引渡本国国民，且即使在外国判决之后仍可在该国对其进行起诉（案件中载明）：无论引渡是为审判还是为执行判决而请求，如果该国仅以此为由拒绝引渡，则有义务在请求国{ $requesting }提出请求时将该案提交以便起诉（见第15条第3款）
art16-prosecute-duty-if-trial = 此人是被请求国{ $requested }国民，该国不引渡本国国民（案件中载明）：如果引渡是为审判而请求，该国在仅以此为由拒绝引渡时，有义务在请求国{ $requesting }提出请求时将该案提交以便起诉；引渡是否为执行判决而请求（如是，则以第16条第12款为主）未予说明
art16-prosecute-depends = 此人是被请求国{ $requested }国民；该国法律是否允许引渡本国国民，决定了在仅以此为由拒绝引渡时，该国是否有义务应请求国{ $requesting }的请求进行起诉（见第15条第3款）

## 第16条第11款：有条件移交本国国民。
art16-surrender-nationality-open = 此人是否为被请求国{ $requested }国民未予说明（有条件移交本国国民，即第16条第11款，足以履行第16条第10款规定的义务）
art16-surrender-not-national = 此人不是被请求国{ $requested }国民：不涉及有条件移交问题
art16-surrender-not-needed = 被请求国{ $requested }引渡本国国民（案件中载明）：无需有条件移交
art16-surrender-allowed = 被请求国{ $requested }的法律允许以将本国国民遣返回国服刑为条件进行移交：如果两国同意，即足以履行第16条第10款规定的义务
art16-surrender-barred = 被请求国{ $requested }的法律不允许有条件移交本国国民（案件中载明）
art16-surrender-depends = 被请求国{ $requested }的法律是否允许以将本国国民遣返回国服刑为条件进行移交，由其本国法律决定

## 第16条第12款：以执行外国判决代替移交本国国民。
art16-enforce-not-sought = 引渡是为起诉而请求，而非为执行判决
art16-enforce-not-national = 此人不是被请求国{ $requested }国民：不涉及第16条第12款（以执行判决代替移交本国国民）
art16-enforce-extradites-nationals = 被请求国{ $requested }引渡本国国民（案件中载明）：不存在以此为由的拒绝，因而无从适用第16条第12款
art16-enforce-open = 引渡是否为执行已判处的刑罚而请求未予说明
art16-enforce-nationality-open = 引渡是为执行判决而请求；此人是否为被请求国{ $requested }国民（以便在以此为由拒绝时适用第16条第12款）未予说明
art16-enforce-consider = 引渡是为执行判决而请求：如果被请求国{ $requested }拒绝移交其本国国民，则应在请求国{ $requesting }提出请求时，考虑执行所判处的刑罚或剩余刑期（其本国法律允许）
art16-enforce-barred = 被请求国{ $requested }的法律不允许执行外国判决（案件中载明）
art16-enforce-depends = 引渡是为执行判决而请求：如果被请求国{ $requested }拒绝移交其本国国民，则应在其本国法律允许的情况下考虑执行该判决

## 第16条第15款，亦通过第13条第3款和第18条适用于第18条第22款：财政事项。$citation：所适用的条款。
art16-fiscal-yes = 该犯罪也涉及财政事项：被请求国{ $requested }不得仅以此为由拒绝请求
art16-fiscal-no = 该犯罪不涉及财政事项：{ $citation }不适用
art16-fiscal-open = 该犯罪是否也涉及财政事项未予说明（如涉及，此点不得作为拒绝的唯一理由）
