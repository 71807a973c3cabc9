import type { Sex } from '../model/types.js';
import type { CodeEntry, CodeList } from './code-list.js';

/** Sex. The GB/T 2261.1 codes 1 (male) and 2 (female) are accepted too. */
export const sexCodes: CodeList<Sex> = {
  id: 'sex',
  entries: [
    { code: 'male', zh: '男', en: 'Male', aliases: ['1', '男性', 'M'] },
    { code: 'female', zh: '女', en: 'Female', aliases: ['2', '女性', 'F'] },
  ],
};

/** GB/T 3304 names of the 56 ethnic groups in code order, 01 to 56. */
const ethnicGroups: ReadonlyArray<readonly [zh: string, en: string]> = [
  ['汉族', 'Han'],
  ['蒙古族', 'Mongol'],
  ['回族', 'Hui'],
  ['藏族', 'Tibetan'],
  ['维吾尔族', 'Uygur'],
  ['苗族', 'Miao'],
  ['彝族', 'Yi'],
  ['壮族', 'Zhuang'],
  ['布依族', 'Bouyei'],
  ['朝鲜族', 'Korean'],
  ['满族', 'Manchu'],
  ['侗族', 'Dong'],
  ['瑶族', 'Yao'],
  ['白族', 'Bai'],
  ['土家族', 'Tujia'],
  ['哈尼族', 'Hani'],
  ['哈萨克族', 'Kazak'],
  ['傣族', 'Dai'],
  ['黎族', 'Li'],
  ['傈僳族', 'Lisu'],
  ['佤族', 'Va'],
  ['畲族', 'She'],
  ['高山族', 'Gaoshan'],
  ['拉祜族', 'Lahu'],
  ['水族', 'Sui'],
  ['东乡族', 'Dongxiang'],
  ['纳西族', 'Naxi'],
  ['景颇族', 'Jingpo'],
  ['柯尔克孜族', 'Kirgiz'],
  ['土族', 'Tu'],
  ['达斡尔族', 'Daur'],
  ['仫佬族', 'Mulao'],
  ['羌族', 'Qiang'],
  ['布朗族', 'Blang'],
  ['撒拉族', 'Salar'],
  ['毛南族', 'Maonan'],
  ['仡佬族', 'Gelao'],
  ['锡伯族', 'Xibe'],
  ['阿昌族', 'Achang'],
  ['普米族', 'Pumi'],
  ['塔吉克族', 'Tajik'],
  ['怒族', 'Nu'],
  ['乌孜别克族', 'Uzbek'],
  ['俄罗斯族', 'Russian'],
  ['鄂温克族', 'Ewenki'],
  ['德昂族', 'Deang'],
  ['保安族', 'Bonan'],
  ['裕固族', 'Yugur'],
  ['京族', 'Gin'],
  ['塔塔尔族', 'Tatar'],
  ['独龙族', 'Derung'],
  ['鄂伦春族', 'Oroqen'],
  ['赫哲族', 'Hezhen'],
  ['门巴族', 'Monba'],
  ['珞巴族', 'Lhoba'],
  ['基诺族', 'Jino'],
];

function ethnicEntry(
  [zh, en]: readonly [string, string],
  index: number,
): CodeEntry {
  const number = index + 1;
  const aliases = [zh.slice(0, -1)];
  // Excel drops the leading zero of a code such as 01 typed as a number.
  if (number < 10) aliases.push(String(number));
  return { code: String(number).padStart(2, '0'), zh, en, aliases };
}

/** Ethnic groups of GB/T 3304, codes 01 to 56. The name without 族 is accepted. */
export const ethnicityCodes: CodeList = {
  id: 'ethnicity',
  entries: ethnicGroups.map(ethnicEntry),
};

/**
 * Education bands of GB/T 4658. The 2006 edition's sub-codes (11 博士,
 * 14 硕士, 41 中专, 44 职高, 47 技校) are accepted for their band.
 */
export const educationCodes: CodeList = {
  id: 'education',
  entries: [
    {
      code: '10',
      zh: '研究生',
      en: 'Postgraduate',
      aliases: [
        '研究生教育',
        '博士',
        '硕士',
        '博士研究生',
        '硕士研究生',
        '11',
        '14',
      ],
    },
    {
      code: '20',
      zh: '本科',
      en: 'Bachelor',
      aliases: ['大学本科', '大学本科教育', '大学'],
    },
    {
      code: '30',
      zh: '大专',
      en: 'Junior college',
      aliases: ['大学专科', '大学专科教育', '专科', '高职'],
    },
    {
      code: '40',
      zh: '中专',
      en: 'Secondary vocational',
      aliases: [
        '中等专业学校',
        '中等职业教育',
        '职高',
        '技校',
        '技工学校',
        '41',
        '44',
        '47',
      ],
    },
    {
      code: '60',
      zh: '高中',
      en: 'Senior secondary',
      aliases: ['普通高中', '普通高级中学', '普通高级中学教育'],
    },
    {
      code: '70',
      zh: '初中',
      en: 'Junior secondary',
      aliases: ['初级中学', '初级中学教育'],
    },
    { code: '80', zh: '小学', en: 'Primary', aliases: ['小学教育'] },
    {
      code: '90',
      zh: '未上过学',
      en: 'No schooling',
      aliases: ['文盲', '半文盲', '文盲或半文盲', '未受过教育'],
    },
  ],
};

/** Yes or no, for designations such as 家庭农场. */
export const yesNoCodes: CodeList<'yes' | 'no'> = {
  id: 'yesNo',
  entries: [
    {
      code: 'yes',
      zh: '是',
      en: 'Yes',
      aliases: ['有', 'Y', '1', 'true', '√'],
    },
    { code: 'no', zh: '否', en: 'No', aliases: ['无', 'N', '0', 'false', '×'] },
  ],
};
