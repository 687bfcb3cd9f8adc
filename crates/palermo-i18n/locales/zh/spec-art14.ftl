# art14.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art14.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art14-1-disposal = 没收财产的国家应根据其法律处置该财产。
spec-art14-2-return-priority = 如请求国提出请求，被请求国应在其法律许可的范围内优先考虑将财产交还，以便其对被害人进行赔偿或将财产归还合法所有人。
spec-art14-3-sharing = 被请求国可同意捐献或分享财产的价值。
