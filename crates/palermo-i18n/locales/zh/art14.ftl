# 第14条（没收的犯罪所得或财产的处置）：处置、交还、分享。

art14-disposal = 被请求缔约国{ $requested }依照其本国法律和程序处置其没收的财产
art14-return-missing = 未载明请求缔约国{ $requesting }是否要求交还财产（以便赔偿被害人或将财产归还其合法所有人）
art14-return-not-asked = 请求缔约国{ $requesting }未要求交还财产：第14条第2款不适用
art14-return-permitted = 请求缔约国{ $requesting }要求交还财产，且被请求缔约国{ $requested }的法律允许（案件中已载明）：被请求缔约国优先考虑将财产交还请求缔约国，以便其对被害人进行赔偿或将财产归还合法所有人
art14-return-not-permitted = 被请求缔约国{ $requested }的法律不允许交还（案件中已载明）
art14-return-depends = 请求缔约国{ $requesting }要求交还财产：被请求缔约国{ $requested }在其本国法律允许的范围内优先考虑交还
art14-sharing = 被请求缔约国可同意将财产价值捐给第30条第2款(c)项所指定的联合国账户和政府间机构，或与其他国家分享
