import rule from "../../src/rules/table-remark.js";
import { runRuleTests } from "../helpers/rule-tester.js";
import { SEED_000, seedLines } from "../tables/seed.js";

/** Seed 000's 2020年市级财政项目预算资金说明表: one cell per line, a blank line between rows. */
const seed = seedLines(SEED_000, 248, 302);

runRuleTests(rule, {
  valid: [
    // 1000 − 952.2 = 47.8 (收回); 300 − 182.52 = 117.48 (调减); 180 − 138 = 42 (调减), 138 − 118 = 20 (收回)
    { text: seed.replace("财政年末收回5万元", "财政年末收回3万元"), checks: 5 },
    // tab-separated, no unit in the titles: the remark's amount is compared as written
    {
      text: "项目名称\t年初预算\t实际划拨\t实际支出\t备注\n甲\t500\t462\t450\t年中调减指标38万元，年末收回12万元\n",
      checks: 2,
    },
    // rounding boundary: 500.00 − 462.35 = 37.65, and the amounts' ±0.005 each allow 37.66
    "项目名称\t年初预算\t实际划拨\t实际支出\t备注\n甲\t500.00\t462.35\t450.00\t年中调减指标37.66万元\n",
  ],
  invalid: [
    {
      // seed 000: 扶持企业技改和发展民营经济专项资金 9927 − 9924 = 3, the remark says 收回5万元
      text: seed,
      findings: [{ severity: "warning", at: "5万元", expected: "3万元", messageId: "remark" }],
    },
    {
      text: "项目名称\t年初预算\t实际划拨\t实际支出\t备注\n甲\t500\t462\t450\t年中调减指标83万元\n",
      findings: [{ severity: "warning", at: "83万元", expected: "38万元", hint: "83→38" }],
    },
    {
      // one unit past that boundary
      text: "项目名称\t年初预算\t实际划拨\t实际支出\t备注\n甲\t500.00\t462.35\t450.00\t年中调减指标37.67万元\n",
      findings: [{ severity: "warning", at: "37.67万元", expected: "37.65万元", hint: "37.67→37.65" }],
    },
  ],
  ignored: [
    // a remark with no amount, and an amount that is no movement of funds
    "项目名称\t年初预算\t实际划拨\t实际支出\t备注\n甲\t60\t56.8\t56.8\t剩余尾款为质保金，验收满一年后支付\n乙\t100\t100\t100\t带动投资5000万元\n",
    // an earlier year's carry-over the budget includes is no balance of the row
    "项目名称\t年初预算\t实际划拨\t实际支出\t备注\n丙\t150\t150\t120\t含上年结转50万元\n",
  ],
});
