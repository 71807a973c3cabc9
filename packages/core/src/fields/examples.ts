import type { RawRecordOf } from './names.js';

/**
 * A returnee record as a survey form or CSV row gives it, which passes
 * validation without issues when `today` is on or after 2024-06-20. The
 * person and the numbers are invented; the ID number and the credit code
 * carry valid check characters.
 */
export const exampleReturneeInput: RawRecordOf<'returnee'> = {
  recordId: 'R-0001',
  name: '王小明',
  residentId: '522225199003151238',
  sex: '男',
  birthDate: '1990-03-15',
  ethnicity: '苗族',
  education: '高中',
  phone: '13812345678',
  township: '龙泉镇',
  village: '青山村',
  skills: '电工、焊工',
  surveyedAt: '2024-06-20',
  enumerator: '李调查',
  returnedAt: '2023-02',
  previousWorkProvince: '广东',
  status: '自主创业',
  employer: '',
  industry: 'A',
  businessName: '青山生态养殖场',
  entityType: '农民专业合作社',
  familyFarm: '否',
  creditCode: '91350100M000100Y43',
  startedAt: '2023-05-10',
  investment: '12.5',
  park: '创业园',
  jobsCreated: '6',
  support: '创业担保贷款、创业培训',
  loanAmount: '10',
};

/**
 * A record of a person working away as a survey form or CSV row gives it,
 * which passes validation without issues when `today` is on or after
 * 2024-06-20. The person is invented.
 */
export const exampleOutMigrantInput: RawRecordOf<'out-migrant'> = {
  recordId: 'W-0001',
  name: '张丽',
  residentId: '522225198807040029',
  sex: '女',
  birthDate: '1988-07',
  ethnicity: '汉族',
  education: '初中',
  phone: '+86 139-1234-5678',
  township: '龙泉镇',
  village: '青山村',
  skills: '缝纫',
  surveyedAt: '2024-06-20',
  enumerator: '李调查',
  departedAt: '2015-03',
  workProvince: '浙江省',
  workCity: '宁波',
  industry: '制造业',
  occupation: '缝纫工',
  monthlyIncome: '5,200',
  returnIntention: '返乡创业',
  needs: '创业培训、创业贷款',
};
