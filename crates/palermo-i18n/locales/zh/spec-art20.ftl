# art20.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art20.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art20-1-domestic-use = 被请求国是否可采用该手段？如其法律制度基本原则允许，该国应在其力所能及的范围内并根据其本国法律所规定的条件，采取必要措施，允许其主管当局在其领域内适当使用控制下交付（其他手段：在其认为适当时）。这是关于其国内法的义务，而非批准本请求的义务。
spec-art20-2-agreement = 在国际一级使用特殊侦查手段：根据协定，或逐案决定（第20条第3款）。
spec-art20-4-controlled-delivery = 经各有关国家同意，在国际一级使用控制下交付可包括拦截货物后允许其原封不动地或将其全部或部分取出或替换后继续运送。载明路线的，路线上两国以外的每个国家均须同意（request.route_consent）；未载明同意的，结果未定，拒绝则结果为否。
spec-art20-legal-basis = 能否根据《公约》就该犯罪与被请求国一起使用特殊侦查手段（一项许可，而绝非批准请求的义务）？
