import rule from "../../src/rules/consistency-same-count.js";
import { runRuleTests } from "../helpers/rule-tester.js";

/** Seed 000: 机关设14个内设机构 in 机构设置, 设有15个内设机构 in 人员情况. */
const seed000 = (later: number) =>
  `2.机构设置\n机关设14个内设机构（正科级）和机关党委：\n（1）办公室。负责文电、会务、机要、档案等机关日常工作。\n3.人员情况\n我局市全额财政拨款的行政单位，设有${later}个内设机构，局机关编制91名，其中：行政编制61名，行政工勤编制14名，机关事业编制16名；年末实有在职人数83名。`;

runRuleTests(rule, {
  valid: [
    seed000(14),
    "2、机构设置情况。2020年末，我局内设科室19个，所属事业单位3个。\n三、人员情况。我局内设科室19个，在职人员56名。",
    // one of the two undated: still the same fact
    "2020年末，局机关编制91名，年末实有在职人数83名。\n3.人员情况\n局机关编制91名，退休人员65名。",
  ],
  invalid: [
    {
      text: seed000(15),
      findings: [{ severity: "warning", at: "15个", expected: "14个", messageId: "sameCount", hint: null }],
    },
    {
      text: "2、机构设置情况。2020年末，我局内设科室19个，所属事业单位3个。\n三、人员情况。我局内设科室18个，在职人员56名。",
      findings: [{ severity: "warning", at: "18个", expected: "19个" }],
    },
    {
      text: "2020年末，局机关编制91名，年末实有在职人数83名。\n3.人员情况\n局机关编制90名，退休人员65名。",
      findings: [{ severity: "warning", at: "90名", expected: "91名" }],
    },
  ],
  ignored: [
    // different years
    "2019年末，我局内设科室18个。\n2020年末，我局内设科室19个。",
    // counts of what was done, not of what the department has
    "新增规上工业企业100家。\n全市设有120家规上工业企业。",
    // the same noun under two scopes set by the clause before
    "上云企业中，属于十大主导产业链的入统规模企业有186家，上平台企业中，属于十大主导产业链的入统规模企业有10家。",
    // the total and the parts of a breakdown have the breakdown's scope
    "局机关编制91名，其中：行政编制61名。\n下属事业单位编制30名，其中：行政编制20名。",
    "局机关编制2名，其中工勤编制为1名。\n实有人数为1名，其中工勤编制为0名。",
    // a generic noun in an undated list of achievements
    "全市有8077家中小企业“上云”。全市有137家中小企业“上平台”。",
  ],
});
