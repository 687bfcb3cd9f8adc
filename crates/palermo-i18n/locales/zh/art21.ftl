# 《公约》第21条（刑事诉讼的移交）及第15条第5款规定的磋商：各项结论的消息。

art21-consultation = { $states }正在就同一行为进行侦查或起诉：其主管当局应酌情相互磋商，以便协调行动；将诉讼移交其中一国（第21条）是自然而然的下一步
art21-consultation-one-state = 仅有一个国家对该行为进行侦查：无需根据第15条第5款进行协调
art21-cannot-transfer = 请求国（{ $state }）依其本国法律不能移交诉讼（案件中载明）
art21-cannot-take-over = 被请求国（{ $state }）依其本国法律不能接管诉讼（案件中载明）
art21-procedure-yes = 依两国法律，请求国（{ $requesting }）可以移交诉讼，被请求国（{ $requested }）可以接管诉讼（案件中载明）
art21-procedure-open = 《公约》未规定任何程序：请求国（{ $requesting }）能否移交诉讼、被请求国（{ $requested }）能否接管诉讼，由两国法律（及任何适用的条约）决定
art21-legal-basis-yes = 是，属于应予考虑的义务：请求国（{ $requesting }）和被请求国（{ $requested }）如认为移交诉讼有利于正当司法，应考虑就这一《公约》所涵盖的犯罪相互移交诉讼的可能性；移交本身须以两国法律为依据
art21-legal-basis-not-in-force = 否：《公约》在两国之间未生效
art21-legal-basis-not-covered = 否：第21条涉及《公约》所涵盖的犯罪，而该犯罪不在此列
art21-legal-basis-open = 未确定：《公约》是否适用于这些诉讼尚未确定
