# art16.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art16.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art16-1-first-limb = 第16条第一种情形：《公约》所涵盖的犯罪。
spec-art16-1-second-limb = 第16条第二种情形：涉及有组织犯罪集团的第3条第1款(a)项或(b)项所述犯罪，且被请求引渡人位于被请求国境内（无需具有跨国性）。
spec-art16-1-dual-criminality = 根据两国法律，该行为是否均应受处罚？这是两种情形的共同条件（按行为理解；解释）。
spec-art16-1-applies = 第16条是否适用：第一种或第二种情形，且符合双重犯罪？
spec-art16-2-separate-serious-crimes = 对于涉及几项独立犯罪的请求：被请求国能否对该条不适用的独立严重犯罪适用第16条（任择性）？
spec-art16-3-deemed-included = 两国之间是否有生效的引渡条约？如有，则第16条所适用的犯罪应视为该条约中的可引渡犯罪。
spec-art16-5-a-notification = 被请求国是否已通知其以《公约》作为引渡的法律依据？是、否或数据中无记录（未定，绝不为是）。
spec-art16-4-convention-as-basis = 以订有条约为引渡条件的国家，如与请求国之间没有引渡条约，可将《公约》视为引渡的法律依据（任择性）；两国之间有条约约束的，不适用（此时的途径为第16条第3款）。
spec-art16-6-recognised-as-extraditable = 不以订有条约为引渡条件的国家（依案件所述或其通知所载）应承认相关犯罪为两国之间的可引渡犯罪，但须符合其法律规定的条件；不限于两国之间无条约的情况。
spec-art16-legal-basis = 《公约》能否作为本次引渡的法律依据：在两国之间生效、第16条适用且存在一条途径（第16条第3款、第4款或第6款）？
spec-art16-5-b-seek-treaties = 不以《公约》作为法律依据的国家，应争取缔结引渡条约。
spec-art16-7-domestic-conditions = 引渡应符合被请求国法律和条约所规定的条件：最低刑罚要求、拒绝理由、证据。国内法问题 art16.7.*。
spec-art16-8-expedite = 努力加快引渡程序并简化证据要求。
spec-art16-9-provisional-arrest = 情况紧迫时，被请求国可应请求国的请求将该人拘留（任择性）。
spec-art16-10-prosecute-if-not-extradited = 如仅以当事人为本国国民为由拒绝引渡，被请求国有义务在请求国提出请求时将该案提交其主管当局以便起诉；只要第16条适用，不论法律依据为何，均予报告；对于执行判决的请求，这是针对尚未受审者的途径。
spec-art16-11-conditional-surrender = 以将本国国民遣返回国服刑为条件进行移交，如法律允许且两国同意，即足以履行第16条第10款规定的义务。
spec-art16-12-enforce-foreign-sentence = 如为执行判决而提出的引渡请求因国籍原因被拒绝，被请求国应在其法律允许时考虑执行该判决。
spec-art16-13-fair-treatment = 在诉讼的所有阶段给予公平待遇。
spec-art16-14-discrimination-refusal = 请求旨在以所列理由之一起诉或处罚某人的，没有引渡义务（允许的拒绝）。
spec-art16-15-fiscal-not-sole-ground = 不得仅以犯罪也被视为涉及财政事项为由拒绝引渡。
spec-art16-16-consult-before-refusal = 在拒绝引渡之前，酌情与请求国磋商。
spec-art16-17-seek-agreements = 争取缔结协定，以执行引渡或加强引渡的有效性（在《公约》未提供途径时报告）。
