import rule from "../../src/rules/consistency-order.js";
import { runRuleTests } from "../helpers/rule-tester.js";

/** Devset 013 (县级部门支出进度, a typo 支出进 kept as written). */
const DEPARTMENTS =
  "1、县级部门支出从大到小排序为:县文旅局支出100%;县教育体育局支出进100%;县供销社支出100%;县水利局支出96.74%;县财政局支出进度94.98%;县林业和草原局支93.88%;县交通运输局支出进度90.22%;县农业农村和科学技术局支出86.39%;县扶贫办支出进83.06%。";

runRuleTests(rule, {
  valid: [
    // ties are allowed
    { text: DEPARTMENTS, checks: 8 },
    "项目资金按规模由小到大依次为：设备购置45万元、系统运维120万元、平台建设368.5万元。",
  ],
  invalid: [
    {
      text: DEPARTMENTS.replace("县财政局支出进度94.98%", "县财政局支出进度97.98%"),
      findings: [{ severity: "warning", at: "97.98%", expected: "96.74%", messageId: "notDescending" }],
    },
    {
      text: "项目资金按规模由小到大依次为：设备购置45万元、系统运维120万元、平台建设36.85万元。",
      findings: [{ severity: "warning", at: "36.85万元", expected: "120.00万元", messageId: "notAscending" }],
    },
  ],
  ignored: [
    // two values are no order worth checking
    "乡镇支出从大到小排序为：向阳乡支出进度90.31%；金马镇支出进度75.47%。",
    // values of different kinds
    "从大到小排序为：向阳乡支出进度90.31%，支出500万元；午街铺镇支出进度87.97%，支出400万元；白水镇87.18%。",
  ],
});
