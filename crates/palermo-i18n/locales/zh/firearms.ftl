# 《枪支议定书》第3条和第5条：第5条第1款所列犯罪。

firearms-offence-yes = 故意非法制造或贩运枪支及其零部件和弹药，或篡改其标识（《枪支议定书》第3条、第5条）
firearms-offence-no = 不构成《枪支议定书》第5条第1款所列犯罪
firearms-offence-undetermined = 该行为是否构成《枪支议定书》第5条第1款所列犯罪尚无定论：有一项要件未载明
