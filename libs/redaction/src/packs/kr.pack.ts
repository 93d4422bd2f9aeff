import type { CountryPack } from './country-pack';

/** South Korea. */
export const KR: CountryPack = {
  country: 'KR',
  name: 'South Korea',
  phone: { trunk: '0', national: true },
  identityNumbers: [{ validator: 'korean-registration', context: ['주민등록번호', 'arc', 'alien registration', '외국인등록번호'] }],
  plates: [
    // (With the region before it on older plates: 부산 32바 4417, 서울 12가 3456.)
    { pattern: String.raw`(?:(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)\s?)?\d{2,3}\s?[가-힣]\s?\d{4}`, standalone: true },
  ],
  address: { afterName: ['ro', 'gil', 'daero', 'ро', 'гиль', 'дэро'], street: ['ro', 'gil', 'daero', 'dong', 'gu', '로', '길', '동', '구', 'ро', 'гиль', 'дэро', 'дон', 'гу'], unit: ['ho', '호', '층', '동'] },
  names: {
    // Forms of address written before a surname (Madam Jung, 사장 Park, Sajang-nim Lee): the next word is a name.
    titles: ['madam', 'madame', 'mister', 'sajang', 'sajangnim', 'sajang-nim', 'nim', 'ajumma', 'ajumeoni', 'eonni', 'unni', '사장', '사장님', '아줌마', '언니', '마담', '실장', '실장님'],
    surnames: ['kim', 'lee', 'park', 'choi', 'jung', 'jeong', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'oh', 'seo', 'shin', 'kwon', 'hwang', 'ahn', 'song', 'yoo', 'hong', 'jeon', 'ko', 'moon', 'yang', 'son', 'baek', 'heo', 'nam', 'ким', 'ли', 'пак', 'цой', 'чой', 'тен', 'югай', 'шин', 'кан', 'юн', 'хван', 'чон', 'когай', 'огай', 'тян', 'лим', 'хан', 'хон', 'мун', 'пэ', 'нам', 'ян'] },
  places: ['Haeundae', 'Хэундэ', 'Seomyeon', 'Gangnam', 'Каннам', 'Suyeong', 'Nampo', 'Danwon', 'Данвон', 'Пхёнтхэк', 'Пхёнтэк', 'Pyeongtaek', 'Ансан', 'Ansan', 'Тондучхон', 'Dongducheon', 'Сувон', 'Suwon', 'Инчхон', 'Incheon', 'Пусан', 'Busan', 'Сеул', 'Пусан', 'Инчхон', 'Ансан', 'Тэгу', 'Сувон', 'Seoul', 'Busan', 'Incheon', 'Ansan', 'Daegu', 'Daejeon', 'Gwangju', 'Suwon', 'Itaewon', 'Hwaseong', 'Pyeongtaek', 'Sihwa', 'Siheung', 'Сихын', 'Gunsan', 'Кунсан', 'Gimhae', 'Kimhae', 'Кимхэ', 'Кимхе', 'Yongsan', 'Йонсан', 'Итхэвон', 'Хвасон', 'Ulsan', 'Ульсан', 'Changwon', 'Чханвон', 'Cheonan', 'Чхонан', 'Gimpo', 'Кимпхо', 'Bucheon', 'Пучхон', 'Pocheon', 'Пхочхон', 'Jeju', 'Чеджу', 'Тэджон', 'Кванджу', 'Myeongdong', 'Мёндон', 'Dongdaemun', 'Тондэмун', 'Uijeongbu', 'Ыйджонбу', 'Gyeonggi', 'Кёнгидо', 'Gumi', 'Pohang', 'Jeonju', 'Cheongju', 'Gyeongju', 'Mokpo', 'Yeosu', 'Bupyeong', 'Mapo', 'Jongno', 'Hongdae', 'Гумидон'],
  notNames: ['Seollal', 'Соллаль', 'Chuseok', 'Чхусок'],
  vehicleWords: ['차'],
};
