# 命令行本身的用语：标题、章节标题、标注、结果和义务强度（crates/palermo-cli/src/render）。

## 按合作类别的标题。
title-extradition = 引渡：请求国{ $requesting }向被请求国{ $requested }提出的请求
title-mutual-legal-assistance = 司法协助：请求国{ $requesting }向被请求国{ $requested }提出的请求
title-confiscation = 没收事宜国际合作：请求国{ $requesting }向被请求国{ $requested }提出的请求
title-transfer-of-sentenced-persons = 请求国{ $requesting }与被请求国{ $requested }之间移交被判刑人员
title-transfer-of-proceedings = 从请求国{ $requesting }向被请求国{ $requested }移交刑事诉讼
title-joint-investigation = 请求国{ $requesting }与被请求国{ $requested }的联合调查
title-special-investigative-techniques = 特殊侦查手段：被请求国{ $requested }应请求国{ $requesting }的请求采取
title-law-enforcement-cooperation = 请求国{ $requesting }与被请求国{ $requested }之间的执法合作
title-no-request = 无请求：是否属于《公约》的涵盖范围
title-as-of = { $title }，截至{ $date }
label-case = 案件：{ $title }
label-question = 问题：{ $question }

## 章节标题。
heading-answer = 答案
heading-issue = 问题
heading-short-answer = 简要答案
heading-route = 办理步骤
heading-legal-basis = 法律依据
heading-risks = 风险
heading-next-steps = 后续步骤
heading-checklist = 拟写请求核对清单
heading-treaty-points = 条约中应核查的要点
heading-caveats = 注意事项
heading-why = 理由
heading-other-findings = 其他适用的结论
heading-still-to-establish = 尚待查明的事项（按决定性由高到低排列）
heading-own-law = 由{ $state }法律决定的事项
heading-interpretations = 所采用的解释（见docs/legal-method.md）
heading-appendix = 附录：推理过程

## 行内标注。
label-source = 来源：{ $source }
label-missing = 缺少：{ $facts }
label-interpretation = 解释：{ $anchor }
label-decisive = （决定答案）
label-moot = （对此处无实质影响）
label-answer-as = 按{ $field } = true/false作答
label-hidden = { $n ->
   *[other] 另有{ $n }项结论（第35条、其他国家的管辖权）须使用--all显示。
}
label-moot-count = { $n ->
   *[other] 另有{ $n }项未知事实对此处无实质影响；--format json会列出。
}
label-footer = 引擎{ $engine } · 数据{ $data } · 复现命令：{ $command }
label-stated-in-case = 案件所载：{ $path }
label-stated-domestic-law = 案件所载：{ $state }的法律（{ $question } = { $answer }）
label-data-source = 数据：{ $file }:{ $line }（{ $url }，截至{ $date }）
# $period: a year or a month as the data gives it (2009, 2019-06).
label-data-source-period = 数据：{ $file }:{ $line }（{ $url }，截至{ $period }）
label-data-source-undated = 数据：{ $file }:{ $line }（{ $url }，日期未记录）
label-data-summary = { $source }：{ $summary }
label-favourable = 有利于请求
label-adverse = 不利于请求

## 义务强度。
strength-mandatory = 强制性
strength-mandatory-qualified = 在国内法限度内具有强制性
strength-prohibited-ground = 不得据以拒绝的理由
strength-shall-consider = 仅有考虑的义务
strength-endeavour = 尽力义务
strength-discretionary = 任择性
strength-no-obligation = 允许的拒绝
