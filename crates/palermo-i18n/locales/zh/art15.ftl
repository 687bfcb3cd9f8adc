# 管辖权（art15.rs）：哪些国家应当、可以或在不引渡本国国民时应当对犯罪确立管辖权（《公约》第15条）。

## 一国与犯罪的联系依据（第15条规定的一项管辖权依据）。
art15-why-territory = 犯罪发生在其领域内（第15条第1款(a)项）
art15-why-flag = 犯罪发生在悬挂其国旗的船只或根据其法律注册的航空器内（第15条第1款(b)项）
art15-why-victim = 一名被害人为其国民（第15条第2款(a)项，但须遵守第4条）
art15-why-stateless = 被指控罪犯为无国籍人且在其领域内有惯常居所（第15条第2款(b)项）
art15-why-offender = 被指控罪犯为其国民（第15条第2款(b)项）
art15-why-participation = 在境外的参加行为旨在其领域内实施严重犯罪（第15条第2款(c)项(i)目）
art15-why-laundering = 在境外参与洗钱的行为旨在其领域内洗钱（第15条第2款(c)项(ii)目）
art15-why-present = 被指控罪犯在其领域内，且该国可能不予引渡（第15条第4款）
art15-why-national-present = 被指控罪犯为其国民且在其领域内（第15条第3款）

## 第15条对该国的要求。
art15-verb-must = 应确立其管辖权
art15-verb-must-if = 应在其仅以当事人为本国国民为由拒绝引渡时确立其管辖权
art15-verb-may = 可以确立其管辖权

## 第15条第1款：领域、船旗和登记。
art15-territory-none = 案件材料未指明犯罪发生地国，也未指明船旗国或登记国：任何国家均不受第15条第1款约束
art15-territory-yes = { $states }应确立其管辖权：犯罪发生在其各自领域内，或发生在其各自的船只或航空器内
art15-territory-missing = 未说明犯罪发生地，因此受第15条第1款(a)项约束的国家不明

## 第15条第2款：被害人或罪犯的国籍，针对某一国家的行为。
art15-nationality-missing = 未说明被指控罪犯的国籍（或其为无国籍人时的惯常居所），因此可以根据第15条第2款(b)项确立管辖权的国家不明
art15-nationality-partial = { $states }可以确立其管辖权；未说明被指控罪犯的国籍（或其为无国籍人时的惯常居所），因此该名单可能不完整
art15-nationality-none = 未指明被害人或罪犯的国籍国，也未指明境外行为所针对的国家：第15条第2款未将任何国家与本犯罪相联系
art15-nationality-yes = { $states }可以基于被害人或罪犯的国籍，或基于境外行为针对其领域，确立其管辖权

## 第15条第3款和第4款：被指控罪犯所在国。
art15-whereabouts-missing = 未说明被指控罪犯的所在地
art15-present-may = 被指控罪犯所在的{ $state }可以在其不予引渡（无论出于何种理由）时确立其管辖权
art15-national-missing = 未说明被指控罪犯是否为其所在国{ $state }的国民
art15-national-shall = { $state }应在其仅以被指控罪犯为本国国民为由不予引渡时确立其管辖权；在此情况下，该国须应请求缔约国的请求，将案件提交其主管当局以便起诉（第16条第10款）
art15-national-no = 被指控罪犯并非其所在国{ $state }的国民：第15条第3款不适用

## 一个国家和一项依据。
art15-ground-yes = { $state }{ $verb }：{ $why }
art15-ground-not-party = 截至{ $date }，{ $state }不是《公约》缔约国，因此不受第15条约束；联系依据：{ $why }
art15-ground-not-covered = 第15条涉及本公约所涵盖的犯罪，而本犯罪不在此列；联系依据：{ $why }
art15-ground-open = 如第15条对{ $state }具有约束力，该国{ $verb }：{ $why }；但在本案中是否具有约束力尚未确定

## 一个国家，按其所负最严格的义务。
art15-state-not-party = 截至{ $date }，{ $state }不是《公约》缔约国，因此不受第15条约束；联系依据：{ $reasons }
art15-state-status-open = { $state }的联系依据：{ $reasons }；第15条仅在该国为《公约》缔约国时对其具有约束力，而这一点尚未确定
art15-state-yes = 作为缔约国，{ $state }{ $verb }：{ $reasons }。该国是否已经这样做，取决于其本国法律
art15-state-yes-also = 作为缔约国，{ $state }{ $verb }：{ $reasons }。该国还{ $also_verb }：{ $also_reasons }。该国是否已经这样做，取决于其本国法律
art15-state-yes-also-two = 作为缔约国，{ $state }{ $verb }：{ $reasons }。该国还{ $also_verb }：{ $also_reasons }。此外，该国{ $then_verb }：{ $then_reasons }。该国是否已经这样做，取决于其本国法律
art15-state-not-covered = 第15条涉及本公约所涵盖的犯罪，而本犯罪不在此列；{ $state }的联系依据：{ $reasons }
art15-state-open = { $state }的联系依据：{ $reasons }；第15条是否适用于本犯罪取决于《公约》的适用范围

## 汇总：每个国家列于其所适用的各类别之下。
art15-summary-yes = 应确立管辖权（第15条第1款）：{ $must ->
        [0] 未指明任何国家
       *[other] { $must }
    }。如不引渡本国国民则应确立管辖权（第15条第3款）：{ $must_if ->
        [0] 未指明任何国家
       *[other] { $must_if }
    }。可以确立管辖权（第15条第2款、第4款）：{ $may ->
        [0] 未指明任何国家
       *[other] { $may }
    }。{ $not_parties ->
        [0] {""}
       *[other] 有联系但非缔约国，因此不受约束：{ $not_parties }。
    }{ $status_open ->
        [0] {""}
       *[other] 有联系，仅在其为缔约国时受约束，而这一点尚未确定：{ $status_open }。
    }每个国家均列于其所适用的各类别之下；其是否已确立管辖权取决于其本国法律
art15-summary-not-covered = 否：第15条涉及本公约所涵盖的犯罪，而本犯罪不在此列
art15-summary-open = 待定：本犯罪是否为《公约》所涵盖尚未确定
