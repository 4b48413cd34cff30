"""Line-level boilerplate classification for text scraped from news pages.

``classify_line`` names what a single line is (an ad, a share widget, a photo caption,
a dateline, a credit, ...) or returns None for article text. The patterns are general
page furniture seen across news sites; none names a particular site or article.
"""

from __future__ import annotations

import re

# Agencies and photo services that sign captions and credit lines.
AGENCIES = (
    r"AFP|AP|Associated Press|Reuters|PA(?: Images| Wire| Media)?|EPA(?:-EFE)?|Getty(?: Images)?|"
    r"Shutterstock|Alamy|Bloomberg|Xinhua|dpa|DPA|TASS|Sputnik|ANSA|SIPA|Sipa(?: USA)?|Anadolu|"
    r"NurPhoto|Reuters/[A-Z][\w ]+|BBC|CNN|Kyodo|Yonhap|UPI|IANS|PTI|ANI|Agencies|agencies|wires"
)

_FULL_LINE = {
    "ad": r"advertisement|advert|ads?|sponsored(?: content)?|promoted(?: content)?|paid (?:post|content)|"
          r"story continues below(?: advertisement)?|continue reading below",
    "video": r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?|"
             r"update required(?: flash plugin)?|flash plugin|play(?: video)?|watch(?: now| video)?|"
             r"(?:now )?playing|replay|mute|unmute|full ?screen|video(?: ad)?",
    "punctuation": r"[\W_]{1,6}",
    "share": r"share(?: this)?(?: article| story| page| post)?(?: on \w+)?|tweet|e-?mail|print|whatsapp|"
             r"facebook|twitter|x|linkedin|telegram|reddit|pinterest|copy(?: the)? link|a\s*\+\s*a\s*-|"
             r"reset|font size|text size|save(?: article)?|bookmark|listen(?: to this article)?|"
             r"follow us(?: on \w+)?|\d+\s*min(?:ute)?s? read",
    "counter": r"[\d.,]+\s*[km]?\s*(?:views?|reads?|shares?|likes?|comments?)",
    "related": r"you (?:may|might) (?:also )?like|related(?: articles| stories| news| content| posts)?|"
               r"read (?:more|also|next)|also read|more (?:on|from|about) [\w' ]{1,40}|"
               r"recommended(?: for you| stories)?|most (?:read|popular|viewed)|trending(?: now)?|"
               r"editor'?s picks?|see also|more stories|top stories|latest(?: news| stories)?|"
               r"more in [\w ]{1,30}|what to read next",
    "comments": r"comments?|\d+ comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|"
                r"(?:show|view|hide|load) (?:all )?comments|add (?:a |your )?comment|post a comment|"
                r"be the first to comment|comment on this (?:story|article)",
    "widget": r"close|menu|search|subscribe(?: now)?|sign (?:in|up)|log ?in|register|"
              r"skip to (?:main )?content|back to [\w ]{1,25}|next|previous|loading\.*|"
              r"accept(?: all)?(?: cookies)?|cookie (?:settings|policy)|newsletter|advertise with us|"
              r"table of contents?|contents|on this page|in this article|jump to(?: section)?|you are here|"
              r"(?:estimated )?reading time|written by|posted (?:on|by|in)|published (?:on|by|in)|"
              r"(?:already have an account|not a (?:member|subscriber))\??(?: (?:log|sign) ?(?:in|up))?",
    # A button's label left in the text ("Learn more", "Check price on Amazon"); not one
    # that ends in a colon, which introduces a list ("Learn more:").
    "button": r"(?:learn more|find out more|where to buy|get the recipe|jump to recipe|print recipe|"
              r"download (?:now|the app)|shop now|buy now|order now|book now|apply now|"
              r"get (?:a )?(?:free )?quote(?: today)?|see (?:packages|plans|pricing|deals)|view (?:plans|deals)|"
              r"(?:check|see|view) (?:the )?(?:price|prices|deal|deals) (?:on|at) [\w.]+|(?:view|buy) (?:on|at) [\w.]+|"
              r"start (?:your |a )?free trial|contact sales)(?!\W*:)",
    # A site's own links in its header and footer.
    "navigation": r"privacy(?: policy| notice| settings)?|terms(?: of (?:use|service))?(?: (?:&|and) conditions)?|"
                  r"terms (?:&|and) conditions|accessibility(?: statement)?|cookies?(?: policy)?|"
                  r"contact(?: us| info)?|about(?: us)?|home(?: ?page)?|tags?|topics|newsletters?|"
                  r"advertis(?:ing|er) (?:policy|disclosure)|careers|site ?map|faqs?|help(?: center)?|"
                  r"log ?out|sign up|copyright|partner links|company spotlight|book a demo|"
                  r"request a (?:quote|demo)|get started(?: today| now)?|share your story|"
                  r"(?:browse )?related (?:companies|searches|topics|articles|links|posts)|"
                  r"\d+\s*min(?:ute)?s?\s*read(?: time)?",
}
# Headings of the sections that close a page after its article: who wrote or reviewed it,
# its references, what to read next. A bare heading line, not a teaser ("Read more: ...").
_CLOSING_HEADING = re.compile(
    r"(?:related(?: articles| stories| posts| reading| content| links| coverage)?(?: and links)?|"
    r"more (?:from|on|about) [\w' ]{1,40}|more (?:stories|articles|posts)|other (?:posts|articles|stories)|"
    r"recommended(?: stories| reading)?|most (?:read|popular|viewed)|trending(?: now)?|"
    r"latest(?: news| stories| posts| articles)?|top stories|editor'?s picks?|more in [\w ]{1,30}|also read|read also|"
    r"further reading|up next|explore more|see also)\W{0,3}",
    re.IGNORECASE,
)
# Of those, the ones that only ever follow an article: what follows them is not the
# article whatever its length.
_PAGE_END_HEADING = re.compile(
    r"(?:about (?:the |our )?(?:authors?|reviewers?|writers?|contributors?)|"
    r"you (?:may|might) (?:also )?(?:like|enjoy)|you(?:'|\u2019)ll also (?:like|love|enjoy)|recommended for you|"
    r"read (?:this |these )?next|what to read next|republish this (?:article|story))\W{0,3}",
    re.IGNORECASE,
)
# An ad label may come twice or more, glued or not ("AdvertisementAdvertisement": the same
# slot in two layouts of the page).
_REPEATED_LABEL_KINDS = ("ad",)
_FULL_LINE_PATTERNS = [
    (kind, re.compile(rf"(?:(?:{pattern})\W{{0,3}})+" if kind in _REPEATED_LABEL_KINDS
                      else rf"(?:{pattern})\W{{0,3}}", re.IGNORECASE))
    for kind, pattern in _FULL_LINE.items()
]
# A row of share buttons on one line ("Share Facebook Twitter WhatsApp Email Telegram").
_SHARE_WORD = (r"(?:share|tweet|e-?mail|print|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|"
               r"pinterest|messenger|flipboard|threads|bluesky|copy(?: the)? link|link|sms|more)")
_SHARE_ROW = re.compile(rf"{_SHARE_WORD}(?:[\s,|/\u00b7\u2022]+{_SHARE_WORD})+\W{{0,3}}", re.IGNORECASE)
# A line that opens a link to another article ("Related: ...", "READ MORE: ..."): a teaser.
_TEASER_LEAD = re.compile(
    r"^(?:related|read (?:more|also|next)|also read|see also|more|watch|listen|recommended|"
    r"(?:next|previous|prev|older|newer)(?: (?:article|post|story|entry))?|you (?:may|might) (?:also )?(?:like|enjoy)|"
    r"advertisement|sponsored)"
    r"(?: (?:story|stories|article|articles|coverage|content|reading|searches|topics|posts|links))?\s*:",
    re.IGNORECASE)
_MAX_TEASER_WORDS = 30
# Gallery furniture: "UK news in pictures", "Show all 50", "1 of 50", "View gallery".
_GALLERY = re.compile(
    r"(?:[\w' ]{1,40} )?in pictures|show all(?: \d+)?(?: photos| images| pictures)?|\d+ of \d+|"
    r"(?:view|open|see) (?:the )?(?:full )?(?:gallery|slideshow|photos)|\d+ (?:photos|images|pictures)",
    re.IGNORECASE)
# Telephone numbers ("(415) 555-0199", "555-0199", "0800 555 0199", "+44 20 7946 0018"),
# not part of a longer code ("CVE-2024-49113", "pages 1488-1523"). A line that is a list of
# them, or one with few other words, is a helpline or directory list, not article text.
_PHONE = re.compile(r"(?<![\w-])0\d{2,4} \d{3,4} ?\d{3,4}(?![\w-])"
                    r"|(?<![\w-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])?\d{3}[\s.-]\d{4}(?![\w-])")
_MAX_PHONE_LINE_WORDS = 12
_MAX_WORDS_BESIDE_ONE_PHONE = 3
# A word that mixes Latin letters with Cyrillic or Greek letters drawn like Latin ones
# ("Аdvеrtіѕе"): text disguised from filters, which articles never are. (Greek letters
# drawn otherwise, as in "TNF-α" or "Σx", are science.)
_LATIN = re.compile(r"[A-Za-z]")
_LOOKALIKE = re.compile("[\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u04bb\u0501"
                        "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406\u0408\u0405"
                        "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7"
                        "\u03bf]")

# Affiliate and commission disclosures ("We may earn a commission ..."), a few lines long.
_DISCLOSURE = re.compile(
    r"\b(?:post|article|page|site|blog|guide|story) (?:may )?(?:contains?|includes?|uses?) affiliate links\b|"
    r"\b(?:earn|receive|get|make) (?:us )?(?:a )?(?:small )?commissions?\b|\bearn from qualifying purchases\b|"
    r"\bsupported by (?:affiliate )?commissions\b",
    re.IGNORECASE,
)
_MAX_DISCLOSURE_WORDS = 50
# "Follow me on Instagram for new recipes every week!": a sentence, not a whole paragraph.
_MAX_PROMO_WORDS = 25
# A cookie consent banner and its settings panel: the site telling the reader what its
# cookies do. An article about cookies reports what sites do; it does not say "we use".
_COOKIE_NOTICE = re.compile(
    r"\b(?:we|this (?:web)?site|our (?:web)?site) (?:uses?|stores?) cookies\b|\bcookies? (?:are|is) (?:used|set)\b|"
    r"\bcookie consent\b|\bby clicking .{0,20}accept|\bmanage consent\b|"
    r"\b(?:necessary|functional|performance|analytical|advertisement|targeting|preference) cookies (?:are|help)\b",
    re.IGNORECASE,
)
# A notice is a paragraph or two (the longest on the wcxb dev pages: 97 words); a panel that
# lists the cookies one by one ("This cookie is set by ...") names them again and again at
# any length. No line of the gold texts of those pages says any of it.
_MAX_COOKIE_NOTICE_WORDS = 120
_MIN_COOKIE_PANEL_NOTICES = 3
# An article's meta line: its reading time ("Jun 8, 2023 • 11 min read"), a bare date label
# ("Last updated on:"), who reviewed or edited it.
_META_LINE = re.compile(
    r"\b\d+\s*min(?:ute)?s?\.?\s*read\b|^(?:last )?(?:updated|published|modified)(?: on)?\W*$|"
    r"^(?:medically |expert )?(?:reviewed|fact[- ]checked|edited) by\b",
    re.IGNORECASE,
)
_MAX_META_LINE_WORDS = 10
# Placeholder text a page template left unfilled ("Lorem ipsum dolor sit amet, ...").
_PLACEHOLDER = re.compile(r"^lorem ipsum\b|\blorem ipsum dolor sit amet\b", re.IGNORECASE)
_ADBLOCK = re.compile(r"\bad ?block(?:er)?\b|\bdisabl\w* (?:your )?ad ?block", re.IGNORECASE)
_PROMO_WIDGET = re.compile(
    r"\b(?:whatsapp|telegram|google news|youtube) (?:channel|group)\b|\bchannel banner\b|"
    r"\b(?:follow|join) (?:me|us) on\b|\bjoin (?:the|our) [\w' ]{1,30} group\b|\bdownload (?:our|the) app\b",
    re.IGNORECASE,
)
# Donation, subscription and newsletter appeals: a call to act addressed to the reader.
# Words like "newsletter" or "subscription" alone are not enough: how-to and review pages
# discuss them in the article body. Tuned on the wcxb dev pages (lines removed that the
# ground truth keeps vs. lines it drops) and the seeds.
_APPEAL_WORD = re.compile(
    r"(?:^|[.!?]\s+|please |and )(?:sign up|subscribe|donate|"
    r"join (?:our|the) (?:[\w-]+ )?(?:newsletter|mailing list|community))\b|"
    r"\bplease (?:consider |help |support |contribute|donate|subscribe|disable|whitelist)|"
    r"\bmake a (?:\w+ )?donation|\b(?:thanks|thank you) for (?:subscribing|signing up)|"
    r"\byou(?:'|\u2019)re (?:now )?subscribed|"
    r"\bsupport (?:us|our (?:work|journalism|mission|reporting))\b|\bsupport from readers|\breaders like you|"
    r"\bbecome a (?:member|supporter|patron|subscriber)|\bindependent,? (?:unbiased )?(?:news|journalism)|"
    r"\badvertising revenue|\bpaywall|\b(?:visiting|reading) us\b|\bsomething you value|"
    r"\bwe need your (?:help|support)|\byour (?:help|support) (?:keeps|helps|matters|is)|"
    r"\bnewsletter\b.{0,40}\b(?:inbox|sign|subscri)|\bdelivered (?:straight |right )?to your inbox|"
    r"\breceive notifications (?:about|of|for) new\b",
    re.IGNORECASE,
)
# "us" in lower case only: "US" is the country. A bare imperative ("Subscribe") addresses
# the reader too.
_READER_ADDRESS = re.compile(
    r"\b(?:[Yy]ou|[Yy]our|us|[Oo]ur|[Ww]e)\b|^(?:[Ss]ign|[Ss]ubscribe|[Jj]oin|[Dd]onate|[Ss]upport|[Bb]ecome)\b"
)
# Appeals are a sentence or two; a longer line that mentions one is article text.
_MAX_APPEAL_WORDS = 40
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]")

_BREADCRUMB = re.compile(r"^(?:home|news)\s*[»›>|/]|[»›]\s*\S.*[»›]|^\S[^»›]{0,60}\s[»›]\s", re.IGNORECASE)

_CAPTION_CREDIT = re.compile(
    rf"(?:[.!?\u201d\"]\s+|\s[-\u2013\u2014|/]\s*|\s\()(?:(?i:photo(?:graph)?|image|picture)s?:?\s*)?"
    rf"(?P<credit>(?:{AGENCIES})(?:\s*/\s*[A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}})?)\)?\.?$"
)
# A credit named by its label at the end of a caption ("Image credit: Jane Smith",
# "(Photo by Jane Smith)"); a comma or colon after the label means more caption follows.
_LABELLED_CREDIT = re.compile(
    r"(?:\b(?:photo(?:graph)?|image|picture)\s+(?:credits?|source)\s*[:,]|\((?:photo|image|picture)(?: by|:))"
    r"\s*(?P<credit>[^:,()]{2,80}?)\)?\.?$",
    re.IGNORECASE,
)
_CAPTION_LEAD = re.compile(
    r"^(?:photo(?:graph)?|image|picture|pictured|caption|file photo|main image|top image)\s*[:|\-]|"
    r"\((?:photo|image|picture)(?: by|:)|\bimage source\b|\bimage caption\b|\b(?:photo|image) credits?\b",
    re.IGNORECASE,
)
# A caption is short: a sentence or two under a photo.
_MAX_CAPTION_WORDS = 40

_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)(?P<body>.{0,100})$", re.IGNORECASE)
# A longer notice that opens the same way and reserves the rights ("Copyright © 2023 Radio
# News. All rights reserved. Visit our terms of use ..."): the holder is what comes first.
_COPYRIGHT_NOTICE = re.compile(r"^(?:©|\(c\)|copyright\b)(?P<body>.{0,100}?)\ball rights reserved\b.{0,400}$",
                               re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CREDIT_FORMS = [
    re.compile(rf"^[Ww]ith (?P<holder>(?:{AGENCIES})(?:,? (?:and )?(?:{AGENCIES}))*)\.?$"),
    re.compile(rf"^\((?P<holder>(?:{AGENCIES})|[A-Z][\w.&]*(?: [A-Z][\w.&]*){{0,2}})\)$"),
    re.compile(rf"^[-\u2013\u2014]\s*(?P<holder>{AGENCIES})\.?$"),
    re.compile(r"^\(?(?:[Aa]dditional )?[Rr]eporting by (?P<holder>.{2,120}?)\)?\.?$"),
]
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by)\s+(?P<name>[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3})*)$|"
    r"^(?P<desk>(?:[A-Z][\w'&-]*\s+){0,3}(?:Desk|Staff|Bureau|Correspondent|Reporter|Team|Newsroom))$",
)


def classify_line(line: str) -> str | None:
    """The kind of boilerplate ``line`` is, or None when it reads as article text.

    ``line`` is one stripped line. Datelines are recognised by clean.dates, not here.
    """
    if not line:
        return "blank"
    for kind, pattern in _FULL_LINE_PATTERNS:
        if pattern.fullmatch(line):
            return kind
    if _SHARE_ROW.fullmatch(line):
        return "share"
    if _GALLERY.fullmatch(line):
        return "gallery"
    if credit_parts(line) is not None:
        return "credit"
    if byline_name(line) is not None:
        return "byline"
    words = len(line.split())
    if _PLACEHOLDER.search(line):
        return "placeholder"
    if _ADBLOCK.search(line) and words <= 30:
        return "adblock"
    if _COOKIE_NOTICE.search(line) and (words <= _MAX_COOKIE_NOTICE_WORDS or
                                        len(_COOKIE_NOTICE.findall(line)) >= _MIN_COOKIE_PANEL_NOTICES):
        return "cookies"
    if words <= _MAX_META_LINE_WORDS and _META_LINE.search(line):
        return "widget"
    if _PROMO_WIDGET.search(line) and words <= _MAX_PROMO_WORDS:
        return "share"
    if _BREADCRUMB.search(line) and words <= 30:
        return "breadcrumb"
    if is_appeal(line):
        return "appeal"
    if words <= _MAX_TEASER_WORDS and _TEASER_LEAD.match(line):
        return "related"
    if words <= _MAX_PHONE_LINE_WORDS and _is_phone_line(line):
        return "phone"
    if _disguised(line):
        return "ad"
    if words <= _MAX_DISCLOSURE_WORDS and _DISCLOSURE.search(line):
        return "disclosure"
    if words <= _MAX_CAPTION_WORDS and (_CAPTION_LEAD.search(line) or _CAPTION_CREDIT.search(line)):
        return "caption"
    return None


def closing_heading(line: str) -> str | None:
    """For a heading that opens what follows an article on its page: "end" when only the
    end of an article comes before it ("About the author", "Read this next"), "section"
    when it may also label a list inside one ("Related articles", "See also")."""
    if _PAGE_END_HEADING.fullmatch(line):
        return "end"
    return "section" if _CLOSING_HEADING.fullmatch(line) else None


def _is_phone_line(line: str) -> bool:
    """A line whose digits are mostly telephone numbers ("Samaritans: 116 123, 0800 689 5652")."""
    phones = [match.group() for match in _PHONE.finditer(line)]
    digits = sum(char.isdigit() for char in line)
    in_phones = sum(sum(char.isdigit() for char in phone) for phone in phones)
    if not phones or in_phones < 0.8 * digits:
        return False
    other_words = len(_PHONE.sub(" ", line).split())
    return len(phones) >= 2 or other_words <= _MAX_WORDS_BESIDE_ONE_PHONE


def _disguised(line: str) -> bool:
    """Two or more words that mix Latin letters with Cyrillic or Greek ones."""
    mixed = 0
    for word in line.split():
        if _LOOKALIKE.search(word) and _LATIN.search(word):
            mixed += 1
            if mixed >= 2:
                return True
    return False


def is_appeal(line: str) -> bool:
    """A donation, subscription or newsletter appeal addressed to the reader."""
    return (
        len(line.split()) <= _MAX_APPEAL_WORDS
        and _APPEAL_WORD.search(line) is not None
        and _READER_ADDRESS.search(line) is not None
        and _QUOTE_MARKS.search(line) is None
    )


def credit_parts(line: str) -> dict[str, str | None] | None:
    """For a credit line ("© AFP 2025", "With AFP", "(BBC)"): its holder and year."""
    copyright_line = _COPYRIGHT.match(line) or _COPYRIGHT_NOTICE.match(line)
    if copyright_line:
        body = copyright_line.group("body")
        year = _YEAR.search(body)
        holder = _YEAR.sub("", re.split(r"all rights reserved", body, flags=re.IGNORECASE)[0])
        holder = re.sub(r"copyright|©|\(c\)", "", holder, flags=re.IGNORECASE)
        holder = " ".join(holder.split()).strip(" .,-\u2013")
        return {"holder": holder or None, "year": year.group(0) if year else None}
    for form in _CREDIT_FORMS:
        match = form.match(line)
        if match:
            return {"holder": match.group("holder").strip(" ."), "year": None}
    return None


def caption_credit(line: str) -> str | None:
    """The credit at the end of a caption line ("... in Kyiv. PA" -> "PA"), or None."""
    for pattern in (_CAPTION_CREDIT, _LABELLED_CREDIT):
        match = pattern.search(line)
        if match:
            return match.group("credit").strip()
    return None


def byline_name(line: str) -> str | None:
    """For a byline ("By Jane Doe", "News Desk"): the name it gives."""
    match = _BYLINE.fullmatch(line)
    if not match:
        return None
    return (match.group("name") or match.group("desk")).strip()


def breadcrumb_tail(line: str) -> str | None:
    """The last segment of a breadcrumb ("Home » World » Title" -> "Title")."""
    parts = [part.strip() for part in re.split(r"\s*[»›>|/]\s*", line) if part.strip()]
    return parts[-1] if len(parts) > 1 else None
