"""Page text (pdftotext output of a newspaper page) → articles.

pdftotext gives a page as blocks of lines (runs between blank lines): a piece of one column, a
title, a caption. Their order follows the page only roughly: one article's column may come
between two of another's, a headline after its text, things that stand side by side on one
line. The splitter reads the page with signals that hold for any page of this kind, not for
one layout:

* Lines. Chinese column lines join without a space (a space stays between Latin words; a
  number the column's edge cut, `增长6.` / `5%`, joins whole). A body line fills its column
  (the width its block's running lines share, or the page column its full lines fill; a
  digit or Latin letter is about half a character wide, and a line spaced out between its
  characters, `3000 亩 左 右`, fills it however few it has); a
  paragraph's first line is indented and its last line short, with a stop (an interview's turn of
  one line, `问：…？`, begins one however wide the line, its mark hanging at the edge, as does
  a quoted sentence of one line, `“…。”`). A
  line that neither fills its column nor ends a sentence is a headline, a byline or an
  intertitle,
  unless it completes the word the line above cut or closes the quote that line left open (nor
  is a line that ends with the particle `的` over a line of running text: it runs on); a
  list set in full lines without punctuation, two lines or more as wide as a page column that
  run on across words (`…面积将要扩` / `大到三千亩…`), a dated lead under a headline in its
  block, a full line between two lines as wide, each a block of its own (columns read a band
  at a time), a numbered heading (`一、…`), an interview's question (`记者：…？`), and a
  notice's signature in a block of its own under the notice's last sentence or its line of
  contact (`联系电话：…`, a paragraph that leaves no sentence open) (who signs it over
  the full date, a paragraph each: `县某某委员会` / `2024年5月19日`; over a lead, a dated
  headline), are text; a short line without punctuation over an indented line is a heading, a
  paragraph of its own (a numbered one, `（一）…`, however wide over an indented line, and over
  any line where it stops short); a block's first line after a bullet, without punctuation,
  over a paragraph's indented first line is a brief's headline, without the bullet, however
  wide (`■县图书馆新增图书` / `近日，…`); a block's first line without punctuation over a name is a
  headline the name signs, however wide, where the line under the name does not go on from it
  (set narrow, it may wrap after its topic's colon: `城关镇：` / `新添三座`, one colon in the
  block, no word said twice, as no box of labels and values is); so is a block's first line
  that ends with a question or an exclamation, one phrase, a comma at most, over a reporter's
  byline (`春耕来了，农机备好了吗？` / `记者 王平`) and two lines of text or more, where the
  block above ends a sentence (else it is that sentence's last words, carried over the
  column's break);
  a short line under a title line wider than the column (a dash subtitle's commas and all) is
  that title's rest: no line of the column prints wider than it. So are names set solid under
  a dash subtitle, more than one name holds, with no role (`——青溪县城关老街修缮` /
  `和养护纪实`), and any that read as names under a dash line that ends with a conjunction,
  `…修缮和` / `管理纪实`, where a line of the text runs the words on either side of the break
  together (`…修缮和管理…`): else they are a byline under a name that ends so (`…陈志和`).
  Blocks of lines that are each
  a phrase without punctuation (but
  a stop or an exclamation that ends it), as long as the phrase (no word runs on across a line,
  and the widths are ragged, not a title wrapped over full lines; words of their own, not a
  title's that the page's text repeats; no list of contents, a page's number ending its lines:
  `…落幕（6版）`), two blocks or more in a row
  and one of them of four lines or more (or the two right under a name alone, the poet's), three
  in a row, or one block of six lines or more, are a poem's stanzas: its text, a stanza a
  paragraph that ends and begins with its block, set in the column of its poem's widest
  stanza (a title set a phrase a line is one block, or
  two of a few lines). A block of rows of short cells set apart by gaps (`城关镇 268分`), three
  or more and half its lines at least, without running text's punctuation, is a table, text as
  well, a row a paragraph, its cells a space apart: two titles side by side run over three
  lines at most, so three rows are a table where each holds a number or their first cells are
  as wide (`第一名 陈平`).
* Upright. A title set upright comes a character a line: lines of one character each that open
  a block read as one line.
* Side by side. A space between two Chinese characters is a gap on the page: two headlines
  side by side (even on the first line of a block of text), or a headline or byline beside
  a column, which are read apart (not a space within the brackets that end a line: `…安全。
  （王平 李红）`, nor one within a byline's brackets wrapped from the line above: `本报讯（记者
  王平 通讯` / `员 李红）…`). Two wrapped headlines are read row by row: a line under
  both goes with the one still running, where both run with the one it goes on from (a word
  across the wrap, a quote it closes); one of them may start a line higher, or be set over
  several columns where two rows in a row are cut at a gap, or where a title block's first line
  alone is, over the short rest of one of the two. Beside a letter-spaced line every gap is a
  space: a byline begins where the runs of one character end and names follow
  (`村 里 修 好 了 新 路 王平`), its last character maybe wrapped to the end of the
  letter-spaced line under it; a dash subtitle's piece set solid before a letter-spaced line
  (`——记县医院的乡村医 到 各 个 山 村`) stands beside it, unless a line near it (two lines up
  or down) opens with a dash too (the text's own dashed list) or the column's next line,
  running text, completes its last word (`…过上好日` / `子。…`: the column's own sentence).
  A short line between two full lines of a column is a title's piece slipped in from beside
  it, not where it is an intertitle's rest: under a full line after a sentence's end, without
  a clause's mark, the line under it not going on from it.
* Pieces: the runs of body lines of a block; where its lines that run on change to a column a
  character narrower, a block holds two columns set one below the other (one article's, then
  another's), cut after the wider one's last full line; where they change to one a character
  wider, cut where the wider lines begin (a word running across keeps them one). A piece that
  ends mid-sentence goes on in a piece that begins mid-paragraph, in a column as wide; the join
  often completes a word (`领|导`), the surer the less its halves are words alone (two common
  words make one by chance, `总|和`; digits any two numbers make count for none), and closes a
  quote left open (`…说：“今年的|收成好。”`); the pieces of one article share its words (two
  long pieces that share next to none are two articles' parts, however well they join); a
  headline or a lead stands before a new article, as does an editor's note (`编者按：`, cut from
  the text before it in one block after a sentence's end: it goes on into the text after it,
  though its words match a series' label), and nothing goes on after a report's sign-off
  (`（新华社北京1月6日电）`). The pieces are chained by the links whose scores add up
  to the most; a link where the chain's text falls apart into two long texts that share next to
  none of their words (or, longer still, fewer than texts as long share by chance on the page)
  is dropped, and the pieces chained again (not where the later text opens a paragraph with
  the subject the earlier one named in its opening sentence and a verb, `会议指出，…`: a
  report's set formulas; a reporter is no such subject; nor where a word runs across the join
  of a sentence left open: the text reads on there, from one topic to the next). Columns
  that pdftotext read a
  band at a time go on down each column; a pair of characters the page uses elsewhere joins a
  word where the dictionary knows none. A chain left without a title or a lead (a subtitle alone
  is no title) is most often a part of another article (a table's block of rows right after
  another block of a table that ends a chain goes on in it: one table, its parts each under a
  heading, whatever words their rows share with the texts around): it goes where it reads on
  best (before the first column of an article that took a title, only where it stands right
  under that title), when it shares that article's words beyond chance; where it shares
  clearly more with one article than with any other, into that one (where no column of its
  width links with it, where the text gives it among that article's pieces; never into a photo
  item). On a page that indents no paragraph, where a headless text may as well stand alone,
  only the words place it.
  So does a chain's tail after a sentence's end whose words are not the text's before it but
  clearly another article's (the links ran on into it by the order of the text alone; not a
  table's alone, whose rows name what the texts around it name); left
  alone with words that match a title, it goes back. A chain that opens with a lead but took no
  title goes on in the chain that took one whose words it shares beyond chance and clearly more
  than any other's: the rest of the report, under its headline in a later column (where that
  chain opens with a lead too, the two are reports of one round-up, read in the order of the
  text). Once an article's pieces are known, they
  are read in the order whose joins read on best (a sentence left open read on mid-sentence, the
  piece under a title or a lead first), where it reads on clearly better than the order the
  links were found in.
* An article opens with a lead (`本报讯（记者 …）`, `新华社北京1月1日电`, a newsroom's own
  `开化讯（记者 …）`, read without spaces and across a line break: a headline's short last line
  over `本报讯` is no newsroom's name), after a headline or a byline; a dated lead right after
  a report's end in one run of a column opens the next report of a round-up, a `本报讯` there
  the next brief; one right after a full line that runs on opens another report (a column run
  on into the column below it: no sentence runs on into a lead); a dated lead's head that ends
  a block (`…农资供应` / `本报东京3月4`) is another column's first line, and goes on where its
  lead does (`日电…`).
* A byline names its reporters after their roles (in a lead's brackets, or set apart by spaces:
  `本报讯 记者 王平 近日，…`), which may say what kind of reporter
  (`融媒体记者`, `首席记者`, `本报驻京记者`) and whose newsroom (`县融媒体中心记者`): neither is
  a name. A writer's tag stands for a role (`文/图 王平`, `文/王平 图/李红`, `图｜李红 文｜王平`,
  `撰文 王平`, `作者：王平`, an oral history's `口述 王平 整理 李红`), as does what they did
  after the names (`王平 文/图`, `记者 王平 报道`), an ornament may open the line (`■本报记者
  王平`, a pen name's too: `□ 岚舟`), a name of two characters may be spaced out to the width
  of three (`王 平`), and one may be written in parts with a middle dot (`阿依古丽·买买提`);
  where the writer works may stand before the names, set apart (`县人民医院急诊科 王平`), as
  may where a reader lives before the reader's role (`城关镇 读者 王平`: `读者` set apart).
  After a role set apart, a run that reads as no surname and given name names someone still
  (`记者 亓官平`), but not one with a particle or a pronoun in it, nor a word general text uses
  often (`作者：是的`, `作者：本人`: a sentence's words); nor do names set solid after a role
  where one is such a word (`记者于今日凌晨`); without a role, a word the dictionary knows as a
  verb names no one (`严惩`: a wrapped title's last word), nor does a short line holding a
  particle no given name holds (`的鹰`: a wrapped title's rest; `了`, `那` and the pronouns may
  stand in a pen name, `了凡`). Bylines that no text follows sign
  the text above them, as does a reader's signature in a block of its own between
  a letter's last sentence and the next title; one set beside a headline's line closes the
  headline. A signature in brackets that ends a report names its reporters where it names
  them after a role (`（记者 吴海燕）`), or names them alone, set apart by spaces, closing the
  last line after its stop (`…欢迎。（王平 李红）`, where they work maybe before them:
  `（县农业农村局 李红）`; set solid or on a line of their own they may be a source). The
  paper's commentator (`本报评论员`) names no one: the signature stays in the text. A lead
  names the text's reporters in its first paragraph; where that paragraph is a report of its
  own (a lead and its text), a reported-by lead in a later one (`本报城关3月4日电记者王平报道：…`)
  opens a report set under the first, whose reporter signs that part alone (under a caption
  or an intro kept over the text, the lead is the text's).
* A photo item ends with a credit (`记者 姚雪 刘王超 摄`, `新华社记者 王平 摄`, `王平 摄影`,
  `图/王平`, `图｜王平`, `通讯员 李红 供图`, `新华社发`, `资料图片`), at the end of a caption line
  or on a line of its own (or two, wrapped even within a name: `记者 王平 李` / `强 摄`, or with
  its `摄` alone on the next line: `…忙碌。记者 王平` / `摄`); on a page that prints the
  photographer's tag over a caption (`图｜王平 文｜李红`), a tagged credit in a block of its own
  between two texts stands over its caption too, and heads it (the text under that byline is a
  photo item where it is no longer than a caption). It names the people it names,
  never an agency or an archive. Its caption is often letter-spaced, and a few
  sentences long at most: a credit after a longer text is another item's. A caption read as a
  run of blocks of a few lines, one right after the other, each leaving its sentence open, goes
  on from block to block to its credit (not where a block's first line is set in: a new
  paragraph; nor from a block whose broken word goes on in another piece: an article's column
  going on round the photo). What the extraction
  runs on after a credit in one block is another item's; a credit in a block of its own under
  a column of a dozen lines or more, in a block pdftotext parted (not one told again from the
  widths of lines read with no blank lines), is none of that column's: its photo stands amid
  an article's text. A credit in brackets (`（本报记者
  王平摄）`) closes a caption of one paragraph; after a report's text it is the credit of a photo
  printed with the report, its caption a paragraph of the text, and stays there (so does what
  runs on after it). A credit's spaces part nothing set side by side.
* Headlines are short line groups without sentence punctuation, wherever the extraction put
  them (one letter-spaced a character at a time reads without its spaces: `春 雨 将 至`); each
  goes to the article whose text shares most words with it, else to the article it
  stands right before (if that article's text begins there, not mid-paragraph, and holds more
  than one of its words where another article's text holds them). A title's last characters
  broken into a block of their own go back onto it where they complete the word its last line
  breaks (`新建的县图` / `书馆今天开` … `门迎客`), or, right over its text, under a title
  wrapped over full lines of a narrow column (six characters at most) that breaks a word at one
  of its own line ends (`县城新建的体` / `育馆昨天开放` … `迎客`): there a line breaks wherever
  it fills. A kicker of phrases set one to a line breaks none. A photo item's title shares no
  words with its caption: it takes the nearest title no article's words match, wherever it
  stands if it is a short label on one line. A title whose words only articles with a
  headline their words match better share, by chance, heads the report longer than a caption
  it stands right over (not as a dash line, nor as a line that leads on with a dash, nor as a
  label of a few characters), unless it is one of a run of titles: over another title over
  the text (a dash subtitle aside), or, with no byline of its own, under another title that
  some other article's words match, no text between (a photo's title, a series' kicker aside).
  A dash line right above a headline is its kicker (so is a title line no article takes right
  above a headline with a dash subtitle: three
  decks, or one that names an installment of a series, `…·系列报道之二`, `…（上）`), below it its
  subtitle (a comma or a colon and all, where no sentence runs on from it, nor a reply under it),
  as is a longer line under it without a dash (or two lines each a little longer: a subtitle
  wrapped; or, in a title of two lines, a second line two characters wider than the first,
  which a wrapped headline would fill, where no word runs on across the break), and a date
  naming a month alone on the title's last line (`1990年7月`); a dash line
  set apart from any headline is the subtitle of the article whose words match it best, by a
  large share (else of the text it stands right over, under that text's own titles), and that
  article takes the nearest free title above it as its headline (only titles, bylines and
  columns that go on another article begun elsewhere between them; where that title shares
  none of its words, the free title its words match, and match best of all texts', instead);
  one slipped in between two paragraphs of a column (no paragraph is a dash line without stops,
  a mark inside a work's title it names being the work's, `——读《县志：山川卷》`, none of the
  line's; two such lines are a list; one after a quotation names its source) leaves the text, the
  subtitle of the title over it. A title line that is the first words of the text under it
  leads into that text (a kicker, or an intertitle), not its
  headline; so does one that opens its article's text wherever the extraction set it, and a
  line on its own (an enumeration comma and all) whose words open the text a few units on. An
  article left with no other title takes such a title as its headline (a kicker never stands
  alone), and its byline with it. A long clause whose words match the text best is the kicker
  of a shorter title above the text in a larger type (fewer characters a line) whose words the
  text's first paragraph holds and no other text's as well, wherever the extraction set the two
  (the kicker shares more words). A section's heading (a topic, a colon, what is said of it:
  `房价：有升有降`) right over a text is no headline of it where a title signed by its byline,
  set apart above, matches that text's words best: that is the headline, and the heading the
  intertitle of the text's first section.
  A title of one word pair that the text names (a place, `安徽`)
  is a tag over it, not its headline, where another title's words match that text. No headline
  is given rather than a wrong one: not a line whose brackets or quotes do not pair, nor one
  whose last word is `的` (it runs on into what follows), nor a photographer's signature or a
  date alone, nor a heading numbered after the first (`二、…`: a later section of a text begun
  above it; over a lead, a numbered brief's headline), nor the first of a run of numbered
  headings with only text between them (`1.…` / text / `2.…` / text: one article's sections,
  its texts joined from the text that ends right above the first heading whatever words they
  share; a numbered heading read as a line of text, `二、…` in a block of its own, ends no
  article either: its section goes on in the text right under it; a short heading line alone
  between two pieces the links run one into the other, after a sentence's end, goes back
  between them: numbered, a bare number of two digits at most, or words that do not close on
  a colon as a label over a picture does, `图片新闻：`), nor a column's label in
  lenticular brackets (`【青溪时评】`), nor a title taken by its place alone where a
  sentence runs on across it, nor a headline wrapped over lines one of which has a gap
  (something set beside it was read into it), nor a dash subtitle taken by nearness right under
  a headline an article took or right before the text of an article with a headline (it is that
  article's), nor a title taken by nearness where it stands
  right over another article's column that goes on mid-paragraph: after a text, it stands over
  that column, not under its own text; before one, it is that article's title set over a later
  column when it shares a word with it. Once the pieces are final, an article left without any
  title takes one standing between two of its own pieces (its first column read before its
  headline), and the titles still free go to the articles still without one whose text holds
  as many of their words as any other's and stands under them (or over them, sharing a match's
  worth of their words, where the text is no continuation, `（上接第1版）`, headed on the page it
  came from). A title line between two pieces of
  one article, or right above the later one (other columns read between them, or it first), is its
  intertitle (no intertitle cuts a sentence; between two pieces one may wrap onto a second
  line, but a title of more lines there, or of two with a dash leading the second, is a
  headline, beside a later column, and under the headline a title of two lines is the
  headline's own; nor does a short line alone head an interview's
  turn, `问：…`, after a text that has none: a box of questions and answers under its title);
  two texts read apart at a bare title line are joined again when they share words as the parts of
  one article do (the text under the line goes among its article's pieces as a headless part does,
  where the text above it was read into another chain of that article, or, whatever stands
  above the line, where it shares twice what texts share by chance with an article that took a
  headline), and at a section's heading signed by its writer when they share several
  times what texts of their lengths share by chance (the heading and the name stay in the text).
  Lines read as a title that no article takes, set solid over a piece of an article's text in
  one block, open that piece (a heading in the text, lines over a dash inside a paragraph): a
  title no article takes is dropped, text never is. Over an article's first piece they do so
  only where a clause's mark stands inside a line, as in no headline (`二、` numbers a section). A
  byline amid a block's text signs a section of the article and stays in its text, a paragraph of
  it, as does a line that reads as a byline
  right after a sentence's end in a block's running text (or after a line that ends with a
  dash leading into the paragraph under it, `…都来找他看病———`) (it opens the text under it, a
  section or another article's; not names set solid, `王平李红张强`, who sign the letter over
  them): its names are none of the article's reporters, who sign the whole of it. Headlines of
  one line set side by side are read row by row, then their bylines (or subtitles) in the same
  order (the row is as many headlines as bylines, right before them: a title over it is none
  of the row), and a title after them begins the next row; a byline printed in its title's block
  closes the title, and a name a block further on signs the text under it, as does a byline set
  solid over a text's first line in a block apart from its title, or in a block of its own
  between a title and the first line of another article's text, where that article took a title
  of its own and nothing signs it yet (not where that title is read right before the one over
  the byline, a row, and nothing else signs the latter's article). An article is signed by a
  lead that names its reporters, a byline after its text, names in brackets closing it
  (`（记者 李明）`, `（李明）`), or a byline in a block of its own under its title that stays
  there; where the page's last title has such a byline with no text under it, the page sets
  each title over its own byline, and none moves on. Nor is a letter's closing formula a
  title whose byline moves on: two lines of two characters each at most (`此致` / `敬礼`),
  one block or two, over the letter's signature. Nor does a byline move on from a headline
  whose own text opens right under the title of the short item under the byline (the item's
  title set after it, the headline over its own text), nor from a dash subtitle read right
  under its own headline (an essay's title block set after it: the name is its author's). A
  credit right under a title goes with the article that takes the title, unless that article
  is too long for a photo caption. A byline under a photo item's short label (`看点`), right
  under the headline of another article signed by none, is that headline's: a photo item is
  signed by its credit; a byline right over the next title, under a report whose lead names
  other reporters, is the
  next title's where no byline or lead signs that one's text: a report whose lead names its
  reporters prints no byline, or one that names them again. A byline under a dash subtitle set
  apart, right under another article's headline that nothing signs, is that headline's where
  the subtitle's own headline stands right before it, or the subtitle's article is signed
  elsewhere too (a second byline under the subtitle is its own): headlines side by side, the
  subtitle under one read on the row of the byline under the other. One byline in a block of
  its own under two headlines read one after the other signs the first where nothing signs that
  one and the second is signed further on: the row's bylines are read in its order. Neither
  where the byline's name signs its own article further on too: the byline printed again. A
  byline set right over a title that has a byline of its own under it goes to no article: it is
  another article's, read apart from its headline (not at the top of the page, where a writer
  may be named over the headline and another under it, nor where both name roles, `新华社记者`
  over `本报记者`: reporters of several papers signing one report). A byline over a piece of
  text that goes on with a sentence the piece before it leaves open, in a block apart, in an
  article signed already under its title or by its lead, signs the nearest article whose title
  stands before that article's, where nothing signs that one: no byline opens the middle of a
  sentence; pdftotext read it between the lines of the column beside its title (not over a
  paragraph of its own, a second writer's, nor a picture's credit). A reporter's byline (one
  that names a role) opening a title's block, right under a title in the block before, is that
  title's byline, read into the block of the title under it (a column's titles stacked with no
  blank line between), where the title under it is signed too, by a byline of its own or its
  text's lead; under text or a credit, or over a title nothing else signs, it stays with the title
  under it.
* Page furniture (`1998年1月1日 星期四`, `第3版`, a section name under them or between them, the
  staff line `责任编辑：王五` (in brackets anywhere on the page: `（责任编辑：王五）`), an
  article's end mark on a line of its own (`（完）`; after the last sentence, it leaves the
  text too), a special page's sponsors among its first
  or last lines (`主办：县司法局`), a front page's masthead; a header printed in parts around its
  date, among the page's first or last lines: `A3 要闻 2021年3月6日 星期六 责编：王五`, a
  section's name in two parts, `第5版 2021年3月6日 星期六 教育·民生`, `二〇二一年三月六日
  周六`, `2021.3.6`, a lunar date, an issue number) belongs to no article; a date line within the
  text is the text's, as is one right under a title at the page's top where the header dates
  the page.
* The text of a whole issue holds its pages one after another, a form feed after each;
  without form feeds, the page headers (`第 3 版`) show where pages begin: each page's
  number one more than the last page's, a page's text further on (not a front page's list of
  contents; a short page stands between long ones), at the top of each page or at its
  foot.
* A page extracted with its layout kept (`pdftotext -layout`: a line a row across the page, its
  columns side by side with runs of spaces between them) is read again column by column into
  blocks, as pdftotext reads a page by default, before anything else (`layout`). A text not set
  in columns at all (a paragraph a line, most of its text in lines wider than any column, as a
  word processor gives it) is read a block a line, blank lines between them or not. A page
  read in the PDF's own order with no blank line between its blocks (`pdftotext -raw`) gets them
  back where a column starts or stops, as the widths of its lines show (a line spaced out to its
  column's edge as wide as the lines around it, and so is a line with quote marks that inks
  wider than its column where they are set half a character wide; a paragraph's short last line
  in its column, ending a sentence or leading on with a colon, `…如下：`, or going on with the
  sentence above it, closing its quote or completing its word (`…人称“故事` / `屋”`), however
  many lines as wide as it follow, a title's, or over the next paragraph's first line set in
  from the column, however few lines its paragraph holds; the first line under it, set in
  from a column a character wider under it and too wide to open a paragraph of its own, opens
  that column), and
  before a lead or a line without punctuation (a title: outside the columns, wider than the
  column, or over a lead, a byline or a dash subtitle, however far it is set in; or one phrase
  that asks or exclaims over a dash subtitle in no column that goes on into a lead, a byline
  or text, `春耕为何提早？`) after a
  sentence's end (or a report's sign-off, `…电）`, which also ends its column), and before a
  lead under such a title (never within a lead: a head cut short on its first line reads on into
  the line that completes it, `本报青溪3月4` / `日电…`); a title printed twice over itself (a
  bold face: the run of its lines, then the same run again) is read once, a block of its own,
  whatever column each of its lines seems to stand in; two titles stacked outside the columns
  part where a line is wider than the short last line of the wrapped title over it, as does a
  one-line title after a text's end over a wider title over a lead or a byline, unless the upper
  one's words come back in the text under them (one deck), as does a title after a text's end
  whose words that text holds (its own, set after it, unless the title over that text's
  start, a deck's text up at most, shares two of them) over a wider title, over whatever that
  one stands; a character alone under a column's line or a byline that ends no text is that
  line's last (but for a run set upright, one a line), and another column's lines part after
  it; a title under a byline, over a lead, parts from the byline, which closes the title over
  it (`unbroken`).
* An article continued on another page ends in a jump line (`（下转第2版）`): nothing on its
  page goes on from it. Its continuation opens with one (`（上接第1版）`), as an article opens
  with a lead, and takes the article's headline and reporters where it prints none, when the
  pages are read together (`jumps`).

The modules: `furniture` (the header), `lines` and `columns` (line text and widths), `units`
(blocks, and what each line is), `pieces`, `links` (with `words` and `assignment`), `drafts`,
`titles`, `rejoin` (parts the links left apart, and other articles' text they ran on into),
`jumps` (articles continued on another page), `layout` (a page extracted with its layout
kept), `unbroken` (a page read with no blank lines between its blocks), and
`split`, which runs them for a page or an issue: units, pieces, title groups (whose words the
links weigh), links, drafts, titles, and again after each repair, then each article's reading
order (`links`); `bylines` reads leads,
credits, names, datelines and reporters for all of them. Names with a leading underscore are
the package's own, shared between its modules; what it offers is `__all__`.
"""

from __future__ import annotations

from .furniture import parse_header
from .jumps import continue_jumps, jump_from, jump_to
from .lines import clean_spaces, ends_sentence, join_lines, laid_out, undouble
from .split import split_page, split_pages
from .titles import title_text
from .words import joins_word

__all__ = [
    "clean_spaces",
    "continue_jumps",
    "ends_sentence",
    "join_lines",
    "joins_word",
    "jump_from",
    "jump_to",
    "laid_out",
    "parse_header",
    "split_page",
    "split_pages",
    "title_text",
    "undouble",
]
