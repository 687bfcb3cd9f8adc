# 《公约》第8条，腐败行为的刑事定罪：贿赂本国公职人员（第8条第1款），贿赂外国公职人员或国际公务员（第8条第2款）。

## 该行为不构成贿赂的原因（参数 `reason`）。
art08-reason-no-advantage = 未许诺、提议给予、给予、索取或接受任何不应有的好处
art08-reason-no-official-act = 该好处并非为使公职人员在执行公务时作为或不作为
art08-reason-not-intentional = 并非故意所为

## 第8条第2款：外国公职人员或国际公务员（参数 `whom`）。
art08-whom-foreign-official = 外国公职人员
art08-whom-international-civil-servant = 国际公务员
art08-foreign-yes = 涉及{ $whom }的贿赂：第8条第2款仅要求各国考虑将其规定为犯罪，而据以定性的国家已作此规定（案件中载明）
art08-not-bribery = 不构成第8条所指的贿赂：{ $reason }
art08-foreign-not-an-offence = 涉及{ $whom }的贿赂：第8条第2款仅要求各国考虑将其规定为犯罪，而据以定性的国家未作此规定（案件中载明）
art08-foreign-domestic-law = 涉及{ $whom }的贿赂：与贿赂本国公职人员不同，第8条第2款仅要求各国考虑将其规定为犯罪，因此是否构成犯罪由据以定性的国家的法律决定
art08-foreign-undetermined = 涉及{ $whom }的贿赂，但有一项要件未载明（不应有的好处、公务行为、故意）；且第8条第2款仅要求各国考虑将其规定为犯罪

## 第8条第1款：行贿（第8条第1款(a)项）和受贿（第8条第1款(b)项）。
art08-active-yes = 向公职人员许诺、提议给予或给予不应有的好处，以使其在执行公务时作为或不作为：每一缔约国均须确立的犯罪（第8条第1款）
art08-passive-yes = 公职人员索取或接受不应有的好处，以作为其在执行公务时作为或不作为的条件：每一缔约国均须确立的犯罪（第8条第1款）
art08-not-bribery-8-1 = 不构成第8条第1款所指的贿赂：{ $reason }
art08-official-missing = 未载明受贿公职人员所属国家：贿赂本国公职人员是必须确立的犯罪（第8条第1款），贿赂外国或国际公职人员则仅是应考虑确立的犯罪（第8条第2款）
art08-domestic-undetermined = 该行为是否构成第8条第1款所指的贿赂尚无定论：有一项要件未载明

## 第8条：犯罪。
art08-offence-yes = 腐败，根据第8条确立的犯罪
art08-offence-no = 根据所载事实和答复，不构成第8条所指的腐败犯罪
art08-offence-domestic-law = 该行为是否构成第8条所列犯罪由据以定性的国家的法律决定（第8条第2款）
art08-offence-undetermined = 该行为是否构成第8条所列犯罪尚无定论：有一项要件未载明
