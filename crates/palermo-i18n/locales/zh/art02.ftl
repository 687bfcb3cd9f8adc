# 《公约》第2条，术语的使用：严重犯罪（第2条(b)项）、有组织结构的集团（第2条(c)项）和有组织犯罪集团（第2条(a)项）。

## 法定最高刑的文字表述（以下消息的参数 `penalty`）。
art02-penalty-months = { $months }个月
art02-penalty-years = { $years }年
art02-penalty-years-months = { $years }年{ $months }个月
art02-penalty-life = 无期徒刑
art02-penalty-death = 死刑
art02-penalty-fine-only = 仅处罚金
art02-penalty-not-an-offence = 无刑罚（该行为不构成犯罪）
# 刑罚数据中的一项犯罪：数据所载的法律条文和罪名，以及其最高刑。
art02-penalty-record = { $provision }（{ $name }），{ $penalty }

## 第2条(b)项：严重犯罪，依案件所载最高刑判断。
art02-serious-exactly-four-years = { $state }的最高刑：{ $penalty }，恰好达到四年的门槛，应予计入
art02-serious-at-least-four-years = { $state }的最高刑：{ $penalty }，至少四年
art02-serious-under-four-years = { $state }的最高刑：{ $penalty }，不足四年
art02-serious-life = { $state }的最高刑：无期徒刑，超过四年
art02-serious-death = { $state }的最高刑：死刑，系比四年剥夺自由更严厉的处罚
art02-serious-fine-only = 在{ $state }，该行为仅可处以罚金：不涉及剥夺自由，而罚金并非更严厉的处罚
art02-serious-not-an-offence = 该行为在{ $state }不构成犯罪

## 第2条(b)项：严重犯罪，依刑罚数据判断。
art02-serious-maximum-not-given = 未载明{ $state }的法定最高刑
art02-serious-no-data = 未载明{ $state }的法定最高刑，且刑罚数据中没有该国关于{ $types }的犯罪
art02-serious-data-undated = 未载明{ $state }的法定最高刑；关于{ $types }的刑罚数据反映截至{ $data_date }的法律，而该法律在{ $date }是否适用未有记录
art02-serious-from-data = 依刑罚数据，{ $state }的最高刑：{ $record }{ $n ->
    [0] {""}
   *[other] ，另有{ $n }项相符的犯罪结论相同
}；{ $serious ->
    [true] 达到或超过
   *[false] 低于
}四年的门槛
art02-serious-data-both-sides = 刑罚数据所列{ $state }关于{ $types }的犯罪分处四年门槛的两侧：{ $records }；结论取决于该行为符合其中哪一项犯罪

## 第2条(c)项：有组织结构的集团。
art02-structured-yes = 并非为了立即实施一项犯罪而随意组成（不要求确定成员职责、成员的连续性或完善的组织结构）
art02-structured-no = 为了立即实施一项犯罪而随意组成
art02-structured-missing = 未载明该集团是否为了立即实施一项犯罪而随意组成

## 第2条(a)项：有组织犯罪集团的要件。
art02-members-enough = { $n }人（至少须三人）
art02-members-too-few = { $n }人（少于所要求的三人）
art02-members-missing = 未载明该集团的人数
art02-period-yes = 该集团在一定时期内存在
art02-period-no = 该集团并非在一定时期内存在（属临时性）
art02-period-missing = 未载明该集团是否在一定时期内存在
art02-concert-yes = 其成员一致行动
art02-concert-no = 其成员并非一致行动
art02-concert-missing = 未载明成员是否一致行动
art02-aims-both = 其目的在于实施严重犯罪和根据本公约确立的犯罪
art02-aims-serious-crime = 其目的在于实施一项或多项严重犯罪
art02-aims-convention-offences = 其目的在于实施根据本公约确立的犯罪
art02-aims-neither = 其目的既不在于实施严重犯罪，也不在于实施根据本公约确立的犯罪
art02-aims-missing = 未载明该集团的目的
art02-benefit-financial = 其谋求金钱利益
art02-benefit-other-material = 其谋求其他物质利益，作广义理解（例如交换团伙中的满足）
art02-benefit-none = 其不谋求金钱或其他物质利益
art02-benefit-political = 其动机纯属政治或意识形态性质，而非物质利益
art02-benefit-missing = 未载明该集团是否谋求金钱或其他物质利益

## 第2条(a)项：整体判断。
art02-ocg-yes = 由{ $n }人组成、在一定时期内存在、为了实施严重犯罪或根据本公约确立的犯罪以获得物质利益而一致行动的有组织结构的集团：六项要件均已满足
art02-ocg-no = 不构成有组织犯罪集团：不满足{ $elements }
art02-ocg-undetermined = 尚无定论：六项要件中有若干项未知
# 第2条(a)项的要件，见 art02-ocg-no。
art02-element-structured-group = 有组织结构的集团要件（随意组成）
art02-element-three-persons = 三人要件
art02-element-period = 一定时期内存在的要件
art02-element-concert = 一致行动要件
art02-element-aim = 目的要件
art02-element-material-benefit = 物质利益要件
