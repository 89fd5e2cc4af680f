/**
 * Pools for events and the 出前講座 menu they deliver: kinds with their times, themes, description sentences, venues
 * and talk themes.
 * Every place, person and organisation here is fictional.
 */

/** Event kinds (docs/dev/architecture.md, "Content contract") with their readings and typical times. */
export const EVENT_KINDS: { kind: string; kana: string; times: [string, string][] }[] = [
  {
    kind: "講演会",
    kana: "コウエンカイ",
    times: [
      ["14:00", "15:30"],
      ["13:30", "15:30"],
    ],
  },
  {
    kind: "出前講座",
    kana: "デマエコウザ",
    times: [
      ["10:00", "11:00"],
      ["13:30", "14:30"],
    ],
  },
  {
    kind: "研修会",
    kana: "ケンシュウカイ",
    times: [
      ["18:30", "20:00"],
      ["19:00", "20:30"],
    ],
  },
  {
    kind: "認知症カフェ",
    kana: "ニンチショウカフェ",
    times: [
      ["13:30", "15:00"],
      ["10:00", "12:00"],
    ],
  },
  {
    kind: "人生会議ワークショップ",
    kana: "ジンセイカイギワークショップ",
    times: [
      ["13:30", "16:00"],
      ["10:00", "12:00"],
    ],
  },
];

/** Event themes with their readings. */
export const EVENT_THEMES: [string, string][] = [
  ["住み慣れた家で最期まで", "スミナレタイエデサイゴマデ"],
  ["人生会議を始めよう", "ジンセイカイギヲハジメヨウ"],
  ["知っておきたい訪問診療", "シッテオキタイホウモンシンリョウ"],
  ["認知症とともに暮らす", "ニンチショウトトモニクラス"],
  ["家族の介護をひとりで抱えない", "カゾクノカイゴヲヒトリデカカエナイ"],
  ["口から食べる楽しみ", "クチカラタベルタノシミ"],
  ["在宅での看取り", "ザイタクデノミトリ"],
  ["介護保険の上手な使い方", "カイゴホケンノジョウズナツカイカタ"],
  ["転ばない体づくり", "コロバナイカラダヅクリ"],
  ["お薬との付き合い方", "オクスリトノツキアイカタ"],
  ["多職種で支える退院支援", "タショクシュデササエルタイインシエン"],
  ["在宅医療と救急の連携", "ザイタクイリョウトキュウキュウノレンケイ"],
];

/** Sentences for event descriptions. */
export const EVENT_SENTENCES = [
  "在宅医療に取り組む医師を講師に迎え、家で療養するときに受けられる医療や、家族の心構えについてお話しいただきます。",
  "会場からの質問にもお答えします。どなたでもお気軽にご参加ください。",
  "もしものときに望む医療やケアについて、ゲームや書き込みシートを使いながら、楽しく考えてみましょう。",
  "認知症の方やその家族、地域の方が気軽に集まり、お茶を飲みながら話ができる場です。",
  "専門職も参加していますので、介護や認知症についての相談もできます。申し込みは不要です。",
  "医療と介護の専門職を対象に、事例をもとにしたグループワークを行います。",
  "老人クラブや町内会などの集まりに、市の職員や専門職がうかがってお話しします。",
  "手話通訳と要約筆記があります。必要な方は申し込みのときにお知らせください。",
  "会場には車いすでお越しいただけます。駐車場には限りがありますので、なるべく公共交通機関をご利用ください。",
  "当日は筆記用具をお持ちください。資料は会場でお配りします。",
  "定員になりしだい締め切ります。",
  "終了後に、個別の相談コーナーを設けます。",
];

/** Venues (fictional) with the room. */
export const VENUES: [string, string][] = [
  ["市民会館", "大ホール"],
  ["中央公民館", "第1会議室"],
  ["保健センター", "多目的室"],
  ["福祉会館", "2階 研修室"],
  ["地区センター", "和室"],
  ["市役所本庁舎", "5階 大会議室"],
  ["図書館", "集会室"],
  ["コミュニティセンター", "ホール"],
];

/** 出前講座 menu themes (talks/<slug>.mdx), with the reading and who comes to speak. */
export const TALKS: { slug: string; title: string; kana: string; speaker: string; description: string }[] = [
  {
    slug: "zaitaku-iryo",
    title: "在宅医療ってなに？",
    kana: "ザイタクイリョウッテナニ",
    speaker: "在宅医療を行う医師または訪問看護師",
    description: "通院が難しくなっても、家で医療を受けられるしくみと、始めるまでの流れをお話しします。",
  },
  {
    slug: "kaigo-hoken",
    title: "介護保険のはなし",
    kana: "カイゴホケンノハナシ",
    speaker: "高齢者支援課の職員",
    description: "要介護認定の申請から、使えるサービス、費用のめやすまでを、わかりやすく説明します。",
  },
  {
    slug: "jinsei-kaigi",
    title: "人生会議を始めよう",
    kana: "ジンセイカイギヲハジメヨウ",
    speaker: "医師・看護師・ケアマネジャー",
    description: "もしものときに望む医療やケアを、家族や医療・介護の人と話し合っておく「人生会議」を紹介します。",
  },
  {
    slug: "ninchisho",
    title: "認知症を正しく知る",
    kana: "ニンチショウヲタダシクシル",
    speaker: "地域包括支援センターの職員",
    description: "認知症の症状と接し方、早めに相談する大切さ、地域で見守るしくみをお話しします。",
  },
  {
    slug: "mitori",
    title: "家で看取るということ",
    kana: "イエデミトルトイウコト",
    speaker: "訪問看護師",
    description: "自宅で最期を迎えるとき、家族にできることと、支えてくれる人たちについてお話しします。",
  },
  {
    slug: "soudan-madoguchi",
    title: "困ったときの相談窓口",
    kana: "コマッタトキノソウダンマドグチ",
    speaker: "地域包括支援センターの職員",
    description: "介護や医療で困ったとき、どこに相談すればよいかを、窓口ごとに紹介します。",
  },
  {
    slug: "kuchi-no-kenko",
    title: "口の健康と食べる力",
    kana: "クチノケンコウトタベルチカラ",
    speaker: "訪問歯科診療を行う歯科医師または歯科衛生士",
    description: "かむ力・飲み込む力を保つ口のケアと、家で受けられる歯科診療を紹介します。",
  },
  {
    slug: "okusuri",
    title: "お薬との上手な付き合い方",
    kana: "オクスリトノジョウズナツキアイカタ",
    speaker: "在宅訪問を行う薬剤師",
    description: "飲み忘れ・飲み合わせの工夫や、薬剤師が家に来てくれるサービスについてお話しします。",
  },
  {
    slug: "tentou-yobou",
    title: "転ばない体づくり",
    kana: "コロバナイカラダヅクリ",
    speaker: "理学療法士",
    description: "家の中で転ばないための体操と、住まいの工夫を、実際に体を動かしながら紹介します。",
  },
  {
    slug: "kaigo-kazoku",
    title: "介護をひとりで抱えないために",
    kana: "カイゴヲヒトリデカカエナイタメニ",
    speaker: "ケアマネジャー",
    description: "家族の介護で疲れないための考え方と、休むために使えるサービスを紹介します。",
  },
  {
    slug: "taiin-shien",
    title: "入院から家に帰るまで",
    kana: "ニュウインカライエニカエルマデ",
    speaker: "病院の医療ソーシャルワーカー",
    description: "退院が決まってから家での暮らしを始めるまでの準備と、相談できる人を紹介します。",
  },
  {
    slug: "eiyou",
    title: "家でできる栄養の工夫",
    kana: "イエデデキルエイヨウノクフウ",
    speaker: "管理栄養士",
    description: "食が細くなったときの食事の工夫や、飲み込みやすい料理のこつをお話しします。",
  },
];
