/**
 * File-system failures the build can meet (disk full, no permission, read-only or busy folder, another file system),
 * as one Japanese line with the cause and what to do: staff and CI logs never see a raw Node error such as
 * `EXDEV: cross-device link not permitted`.
 */

/** Cause and remedy per Node error code. */
const MESSAGES: Record<string, string> = {
  EXDEV:
    "出力先が別のディスク（ファイルシステム）にあり、移動できませんでした → 出力先の親フォルダに書き込めるか確認してください",
  EACCES: "書き込みまたは読み取りの権限がありません → フォルダの権限を確認するか、権限のある利用者で実行してください",
  EPERM: "この操作は許可されていません → フォルダの権限や、ほかのプログラムが使っていないかを確認してください",
  ENOSPC: "ディスクの空きが足りません → 不要なファイルを削除して空きを作ってから、もう一度ビルドしてください",
  EDQUOT: "ディスクの使用量の上限に達しました → 不要なファイルを削除してから、もう一度ビルドしてください",
  EROFS: "出力先が読み取り専用です → --out で書き込めるフォルダを指定してください",
  EBUSY: "フォルダがほかのプログラムで使用中です → 開いているエクスプローラーやサーバーを閉じてから、もう一度ビルドしてください",
  ENOTEMPTY: "フォルダを入れ替えられませんでした（中身が残っています） → もう一度ビルドしてください",
  ENOENT: "必要なファイルまたはフォルダが見つかりません → パスを確認してください",
  ENOTDIR: "フォルダのはずの場所がファイルになっています → --out や CONTENT_DIR のパスを確認してください",
  EISDIR: "ファイルのはずの場所がフォルダになっています → パスを確認してください",
  EMFILE: "同時に開けるファイルの数の上限に達しました → ほかのプログラムを閉じてから、もう一度ビルドしてください",
  ENAMETOOLONG: "パスが長すぎます → もっと短い場所のフォルダを使ってください",
  ELOOP: "シンボリックリンクが循環しています → リンクを確認してください",
};

/** The Node error code of `error` when it is a file-system error, else undefined. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/**
 * One Japanese line for a failure: a known file-system error as cause and remedy (the code kept in brackets for
 * whoever searches for it), anything else as its message.
 * @param error what was thrown
 * @param doing what the build was doing, e.g. 「出力フォルダ dist を入れ替えているとき」
 */
export function describeFailure(error: unknown, doing: string): string {
  const code = fsErrorCode(error);
  const known = code ? MESSAGES[code] : undefined;
  if (known) return `${doing}に失敗しました: ${known}（${code}）`;
  if (code) return `${doing}に失敗しました: ファイル操作のエラーです（${code}） → パスと権限、ディスクの空きを確認してください`;
  return error instanceof Error ? error.message : String(error);
}
