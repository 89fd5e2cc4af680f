/**
 * The default エンディングノート (人生会議ノート): plain Japanese, short questions, room to write. Written for this
 * project after reading the notes municipalities publish for 人生会議 (ACP). A municipality changes it with
 * content/note.yaml (docs/staff/note.md). Validated by noteSchema when read (src/loaders/note.ts).
 */
import type { z } from "astro/zod";
import type { noteSchema } from "../schemas/note.ts";

/** The default note, as input to noteSchema (defaults such as lines are filled in there). */
export const defaultNoteInput: z.input<typeof noteSchema> = {
  title: "わたしの人生会議ノート",
  intro:
    "もしものときに、あなたが大切にしたいことや、受けたい医療・ケアを、家族や医療・介護の人に伝えるためのノートです。 書けるところから、鉛筆で書いてかまいません。気持ちが変わったら、何度でも書き直してください。 書いたら、家族や信頼できる人に、このノートがあることと、置き場所を伝えておきましょう。",
  pages: [
    {
      id: "about-me",
      title: "わたしのこと",
      questions: [
        {
          label: "名前（ふりがな）",
          lines: 1,
        },
        {
          label: "生年月日",
          lines: 1,
        },
        {
          label: "住所",
          lines: 2,
        },
        {
          label: "電話番号",
          lines: 1,
        },
        {
          label: "このノートを書いた日",
          lines: 1,
        },
      ],
    },
    {
      id: "what-matters",
      title: "わたしが大切にしていること",
      lead: "毎日の暮らしの中で、大事にしていることや、好きなこと、続けたいことを書きましょう。",
      questions: [
        {
          label: "大切にしていること・好きなこと",
          hint: "例）家族と食事をすること、庭の手入れ、お風呂",
          lines: 4,
        },
        {
          label: "してほしくないこと・苦手なこと",
          lines: 3,
        },
        {
          label: "家族や大切な人に伝えたいこと",
          lines: 4,
        },
      ],
    },
    {
      id: "where-cared",
      title: "どこで過ごしたいか",
      lead: "病気や体の衰えで介護が必要になったとき、どこで過ごしたいですか。",
      questions: [
        {
          label: "過ごしたい場所",
          choices: ["自宅", "病院", "施設", "まだわからない"],
          lines: 0,
        },
        {
          label: "そう思う理由",
          lines: 4,
        },
        {
          label: "最期を迎えたい場所とその理由",
          choices: ["自宅", "病院", "施設", "まだわからない"],
          lines: 3,
        },
      ],
    },
    {
      id: "care-wishes",
      title: "受けたい医療やケア",
      lead: "答えにくいときは、空けておいてかまいません。かかりつけ医に相談しながら考えることもできます。",
      questions: [
        {
          label: "口から食べられなくなったとき",
          choices: ["できる治療は受けたい", "苦痛をやわらげることを大切にしたい", "まだわからない"],
          lines: 2,
        },
        {
          label: "痛みや苦しさについての希望",
          lines: 3,
        },
        {
          label: "そのほかの希望",
          lines: 3,
        },
      ],
    },
    {
      id: "speaker",
      title: "わたしの代わりに話してほしい人",
      lead: "自分で気持ちを伝えられなくなったとき、あなたの思いをいちばんよく知っていて、代わりに話してほしい人です。",
      questions: [
        {
          label: "代わりに話してほしい人",
          table: {
            columns: ["名前", "続柄", "電話番号"],
            rows: 2,
          },
          lines: 0,
        },
        {
          label: "この人と話し合ったこと",
          lines: 3,
        },
      ],
    },
    {
      id: "care-team",
      title: "わたしを支えてくれる人",
      questions: [
        {
          label: "かかりつけ医・ケアマネジャー・薬局",
          table: {
            columns: ["種類", "名前（医療機関・事業所）", "電話番号"],
            rows: 5,
          },
          lines: 0,
        },
      ],
    },
    {
      id: "medicines",
      title: "病気・お薬・保険証",
      questions: [
        {
          label: "治療中の病気・これまでの大きな病気",
          lines: 3,
        },
        {
          label: "飲んでいるお薬（お薬手帳の置き場所）",
          lines: 2,
        },
        {
          label: "保険証・介護保険証などの置き場所",
          table: {
            columns: ["種類", "番号など", "置き場所"],
            rows: 4,
          },
          lines: 0,
        },
      ],
    },
    {
      id: "contacts",
      title: "もしものときに連絡してほしい人",
      questions: [
        {
          label: "連絡してほしい人",
          table: {
            columns: ["名前", "続柄・関係", "電話番号"],
            rows: 6,
          },
          lines: 0,
        },
      ],
    },
    {
      id: "consult",
      title: "相談できる窓口",
      lead: "在宅医療や介護のこと、このノートの書き方で迷ったときは、次の窓口に相談できます。",
      prefill: "windows",
    },
    {
      id: "revisit",
      title: "見直した日",
      lead: "誕生日や年のはじめなどに読み返して、気持ちが変わったら書き直しましょう。見直した日と、話し合った人を書きます。",
      questions: [
        {
          label: "見直した記録",
          table: {
            columns: ["見直した日", "話し合った人", "変えたところ"],
            rows: 8,
          },
          lines: 0,
        },
      ],
    },
  ],
};
