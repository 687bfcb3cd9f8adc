# 《公约》第6条，洗钱行为的刑事定罪：第6条第1款所列犯罪、第6条第2款(b)项至(c)项关于上游犯罪的规则以及第6条第2款(e)项的例外。

## 第6条第1款(a)项(i)目：转换或转让。
art06-conversion-yes-conceal = 明知财产为犯罪所得，为隐瞒或掩饰该财产的非法来源而转换或转让财产：每一国家均须依照其本国法律基本原则确立的犯罪（第6条第1款(a)项(i)目）
art06-conversion-yes-help-evade = 明知财产为犯罪所得，为协助任何参与实施上游犯罪者逃避其行为的法律后果而转换或转让财产：每一国家均须依照其本国法律基本原则确立的犯罪（第6条第1款(a)项(i)目）
art06-conversion-not-known = 当事人不知道该财产为犯罪所得：不属第6条第1款(a)项(i)目
art06-conversion-no-purpose = 转换或转让并非为了隐瞒财产来源或协助犯罪人逃避后果：不属第6条第1款(a)项(i)目
art06-conversion-not-intentional = 并非故意所为：不属第6条第1款(a)项(i)目
art06-conversion-undetermined = 该转换或转让是否符合第6条第1款(a)项(i)目尚无定论：有一项要件未载明

## 第6条第1款(a)项(ii)目：隐瞒或掩饰。
art06-concealment-yes = 明知财产为犯罪所得而隐瞒或掩饰该财产的真实性质、来源、所在地、处置、转移或所有权：每一国家均须依照其本国法律基本原则确立的犯罪（第6条第1款(a)项(ii)目）
art06-concealment-not-known = 当事人不知道该财产为犯罪所得：不属第6条第1款(a)项(ii)目
art06-concealment-not-intentional = 并非故意所为：不属第6条第1款(a)项(ii)目
art06-concealment-undetermined = 该隐瞒行为是否符合第6条第1款(a)项(ii)目尚无定论：有一项要件未载明

## 第6条第1款(b)项(i)目：获取、占有或使用。
art06-acquisition-yes = 在得到财产时明知其为犯罪所得而仍获取、占有或使用：根据据以定性的国家的法律构成犯罪（案件中载明；第6条第1款(b)项(i)目仅在符合法律制度基本概念的情况下要求如此）
art06-acquisition-not-known = 当事人在得到财产时不知道其为犯罪所得：不属第6条第1款(b)项(i)目
art06-acquisition-not-intentional = 并非故意所为：不属第6条第1款(b)项(i)目
art06-acquisition-not-an-offence = 据以定性的国家的法律未将获取、占有或使用规定为犯罪（案件中载明），这是第6条第1款(b)项所允许的
art06-acquisition-domestic-law = 获取、占有或使用明知来源的财产：第6条第1款(b)项(i)目仅要求在符合各国法律制度基本概念的情况下确立此罪，因此是否构成犯罪由据以定性的国家的法律决定
art06-acquisition-undetermined = 该获取、占有或使用是否符合第6条第1款(b)项(i)目尚无定论：有一项要件未载明

## 第6条第1款(b)项(ii)目：参与、合伙、共谋、未遂、协助、教唆、便利或参谋。
art06-ancillary-yes = 参与、合伙或共谋实施洗钱，实施未遂，以及协助、教唆、便利和参谋实施洗钱：根据据以定性的国家的法律构成犯罪（案件中载明）
art06-ancillary-not-intentional = 并非故意所为：不属第6条第1款(b)项(ii)目
art06-ancillary-not-an-offence = 据以定性的国家的法律未将此种参与形式规定为犯罪（案件中载明），这是第6条第1款(b)项所允许的
art06-ancillary-domestic-law = 参与洗钱、共谋实施洗钱、洗钱未遂，或协助、教唆、便利和参谋实施洗钱：第6条第1款(b)项(ii)目仅要求在符合各国法律制度基本概念的情况下确立这些犯罪，因此由据以定性的国家的法律决定
art06-ancillary-undetermined = 该行为是否符合第6条第1款(b)项(ii)目尚无定论：有一项要件未载明

## 第6条第2款(a)项至(b)项：上游犯罪。
art06-predicate-serious-crime = 所得来自严重犯罪，每一国家均须将其列为上游犯罪（第6条第2款(b)项）
art06-predicate-convention-offence = 所得来自第5、8或23条所列犯罪，每一国家均须将其列为上游犯罪（第6条第2款(b)项）
art06-predicate-domestic-yes = 根据据以定性的国家的法律，该上游犯罪属于上游犯罪（案件中载明）
art06-predicate-domestic-no = 产生所得的犯罪根据据以定性的国家的法律不属于上游犯罪（案件中载明）；第6条第2款(a)项仅要求最广泛的范围
art06-predicate-domestic-law = 所得来自既非严重犯罪亦非第5、8或23条所列犯罪的犯罪：各国应将最广泛的犯罪列为上游犯罪（第6条第2款(a)项），因此该犯罪是否计入由据以定性的国家的法律决定
art06-predicate-missing = 未载明产生所得的犯罪属于何种类型（严重犯罪、第5、8或23条所列犯罪或其他犯罪）

## 第6条第2款(c)项：在境外实施的上游犯罪（`place`：实施地；`states`：适用其法律的国家）。
art06-foreign-predicate-yes = 上游犯罪在{ $place }实施，在该国构成犯罪；如在{ $states }实施，根据其法律亦构成犯罪：应计为上游犯罪（第6条第2款(c)项）
art06-foreign-predicate-not-criminal-there = 在{ $place }实施的上游犯罪在该国不构成犯罪：境外实施的上游犯罪，仅在实施地构成犯罪时方可计入（第6条第2款(c)项）
art06-foreign-predicate-not-criminal-here = 在{ $place }实施的上游犯罪根据{ $states }的法律不构成犯罪：境外实施的上游犯罪，仅在根据该法律亦构成犯罪时方可计入（第6条第2款(c)项）
art06-foreign-predicate-undetermined = 上游犯罪在{ $place }实施：未载明其在该国以及根据{ $states }的法律是否构成犯罪（第6条第2款(c)项）
art06-foreign-predicate-place-missing = 未载明上游犯罪的实施地，而第6条第2款(c)项取决于此：如在适用其法律的国家（{ $states }）境外实施，则仅在实施地和根据该法律均构成犯罪时方可计入；两种情况可能不同，因此在实施地明确之前，此问题仍无定论

## 第6条第2款(e)项：上游犯罪的实施者。
art06-self-laundering-not-exempt = 当事人亦实施了上游犯罪；据以定性的国家的法律并未排除上游犯罪实施者（案件中载明）
art06-self-laundering-exempt = 当事人亦实施了上游犯罪，而据以定性的国家的法律依其本国法律基本原则的要求排除了上游犯罪实施者（第6条第2款(e)项；案件中载明）
art06-self-laundering-domestic-law = 当事人亦实施了上游犯罪：本国法律基本原则有此要求的国家可以排除上游犯罪实施者（第6条第2款(e)项），因此由据以定性的国家的法律决定

## 第6条：犯罪。
art06-offence-no-conduct = 未载明第6条第1款所列的任何行为：不构成洗钱罪
art06-offence-yes = 洗钱，根据第6条确立的犯罪
art06-offence-no = 根据所载事实和答复，不构成第6条所指的洗钱罪
art06-offence-domestic-law = 该行为是否构成洗钱罪由据以定性的国家的法律决定（见其所依据的结论）
art06-offence-undetermined = 该行为是否构成第6条所列犯罪尚无定论：有一项要件未载明
