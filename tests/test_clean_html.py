"""The HTML path: trafilatura's text with the boilerplate pass, and the page's title,
byline, site and date (hand-written pages in tests/data/html)."""

from __future__ import annotations

import pytest
import trafilatura
from lxml.html import fromstring

from conftest import DATA
from storyline.clean import clean_document
from storyline.clean.boilerplate import classify_line
from storyline.clean.html import choose_text, extract_html
from storyline.clean.html_title import page_title, site_names, strip_site
from storyline.errors import InputError
from storyline.model import RawDocument

PAGES = DATA / "html"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def clean(html: str, **meta: str):
    return clean_document(RawDocument(doc="page.html", content=html, kind="html", origin="page.html", meta=meta))


def test_metadata_from_meta_tags() -> None:
    found = extract_html(page("article.html"))
    assert found is not None
    # The <h1> in the page header is the site's logo; the headline is the one in the article.
    assert found.title == "Harbour Bridge Reopens After Two-Year Repair"
    assert found.byline == "Maria Ostrander"
    assert found.site == "The Valley Courier"
    assert found.published == "2024-05-14"


def test_boilerplate_lines_are_removed_from_trafilatura_output() -> None:
    html = page("article.html")
    raw = trafilatura.extract(html, include_comments=False)
    assert "Advertisement" in raw and "Sign up for our newsletter" in raw
    article = clean(html)
    assert article.text.startswith("The Harbour Bridge opened to traffic again on Tuesday morning")
    assert article.text.endswith("for every bridge of that age in the region.")
    assert "Advertisement" not in article.text and "newsletter" not in article.text
    assert "Harbour Bridge Reopens" not in article.text  # the headline is the title, not body
    assert article.text.count("\n\n") == 4  # five paragraphs
    assert (article.published, article.published_from) == ("2024-05-14", "html")


def test_sidecar_metadata_wins_over_the_page() -> None:
    article = clean(page("article.html"), published="2024-05-15", title="Bridge open", site="Courier")
    assert (article.published, article.published_from) == ("2024-05-15", "meta")
    assert (article.title, article.site) == ("Bridge open", "Courier")


def test_title_without_the_site_name_and_no_date_when_the_page_gives_none() -> None:
    article = clean(page("site_suffix.html"))
    assert article.title == "Ten Ways to Keep a Kitchen Garden Going Through Winter"
    assert article.site == "Greenleaf Notes"
    assert article.published is None and article.published_from is None


def test_footer_dates_are_not_publication_dates() -> None:
    # htmldate's extensive search would take the footer's "Updated 12 March 2021".
    article = clean((PAGES / "wcxb" / "html" / "0002.html").read_text(encoding="utf-8"))
    assert article.published is None


def test_broken_html_is_an_input_error() -> None:
    assert extract_html(page("broken.html")) is None
    with pytest.raises(InputError, match="no article text found in the HTML"):
        clean(page("broken.html"))
    with pytest.raises(InputError, match="no article text found in the HTML"):
        clean("<html><body><div><p")  # cut off in the middle of a tag


@pytest.mark.parametrize("title, expected", [
    ("Harbour Bridge Reopens | The Valley Courier", "Harbour Bridge Reopens"),
    ("The Valley Courier \u2014 Harbour Bridge Reopens", "Harbour Bridge Reopens"),
    ("Harbour Bridge Reopens - valleycourier.example", "Harbour Bridge Reopens"),
    ("Harbour Bridge Reopens | Local News", "Harbour Bridge Reopens"),  # a short pipe label
    ("Harbour Bridge Reopens - Two Years Late", "Harbour Bridge Reopens - Two Years Late"),
    ("Q&A: Why the Bridge Closed", "Q&A: Why the Bridge Closed"),
])
def test_strip_site(title: str, expected: str) -> None:
    assert strip_site(title, ["The Valley Courier"]) == expected


def test_site_names_include_the_domain() -> None:
    tree = fromstring('<html><head><meta property="og:site_name" content="Courier"></head><body></body></html>')
    assert site_names(tree, "https://www.valleycourier.co.uk/news/1") == ["Courier", "valleycourier"]


@pytest.mark.parametrize("html, expected", [
    # No <h1>: og:title without the site.
    ('<head><meta property="og:title" content="Rates Rise Again | Money Desk Daily"></head>'
     '<body><p>x</p></body>', "Rates Rise Again"),
    # Headings used as section titles: the one that agrees with the metadata wins.
    ('<head><title>Rates Rise Again - Money Desk Daily</title></head><body><h1>Markets</h1>'
     '<h1>Rates Rise Again</h1></body>', "Rates Rise Again"),
    # A headline that disagrees with the metadata title is still the visible headline, also
    # in the article's own <header>.
    ('<head><title>Interest rates 2025 | Money Desk Daily</title></head><body><article><header>'
     '<h1>Central Bank Raises Rates Again</h1></header></article></body>', "Central Bank Raises Rates Again"),
    # One-word and navigation headings are not headlines.
    ('<head><title>Rates Rise Again</title></head><body><nav><h1>Money Desk Daily News</h1></nav>'
     '<h1>Blog</h1></body>', "Rates Rise Again"),
    ("<body><p>No title anywhere.</p></body>", None),
])
def test_page_title(html: str, expected: str | None) -> None:
    tree = fromstring(f"<html>{html}</html>")
    assert page_title(tree, ["Money Desk Daily"]) == expected


@pytest.mark.parametrize("line, kind", [
    ("Sign up for our newsletter.", "appeal"),
    ("Thanks for subscribing! Look out for your first newsletter in your inbox soon!", "appeal"),
    ("This post may contain affiliate links.", "disclosure"),
    ("Purchases made through our links may earn us a commission.", "disclosure"),
    ("Table of Contents", "widget"),
    ("Back to blog", "widget"),
    ("Written by", "widget"),
    ("Image credit: Jane Smith / Example Photos", "caption"),
])
def test_html_furniture_lines(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    # Article text that talks about subscriptions, newsletters and contributions.
    "You can choose to subscribe for three, six, or twelve months, with prices ranging from $10.",
    "The Guardian US added 680,000 newsletter subscribers in a single year.",
    "By following these principles, we can reduce our footprint and contribute to a healthier planet.",
    "Before signing up for a VPN, you need to check that it is compatible with your devices.",
    # A whole article on one line is not an appeal, whatever it mentions.
    "Support your local library. " + "Readers borrowed more books this year than in any year before. " * 8,
])
def test_article_lines_that_mention_appeal_words_are_kept(line: str) -> None:
    assert classify_line(line) is None


def test_caption_lines_of_a_page_become_captions() -> None:
    paragraph = "Leaders met in Paris to discuss the ceasefire and the force that would guarantee it. " * 6
    html = (f"<html><head><title>Talks in Paris</title></head><body><article><h1>Talks in Paris</h1>"
            f"<p>{paragraph}</p><p>Leaders at the Elysee on Monday. AFP</p><p>{paragraph}</p>"
            "</article></body></html>")
    article = clean(html)
    assert "Elysee" not in article.text
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("Leaders at the Elysee on Monday. AFP", "AFP")]


def test_figure_captions_of_a_page_become_captions_once() -> None:
    paragraph = "Leaders met in Paris to discuss the ceasefire and the force that would guarantee it. " * 6
    figure = ("<figure><img src='a.jpg'><figcaption>Macron and Starmer at the Elysee on Monday.\n"
              "<span class='credit'>Photo: Reuters</span></figcaption></figure>")
    html = (f"<html><head><title>Talks in Paris</title></head><body><article><h1>Talks in Paris</h1>"
            f"<p>{paragraph}</p>{figure}<p>{paragraph}</p>{figure}</article></body></html>")
    article = clean(html, published="2025-03-11")
    assert "Starmer" not in article.text
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("Macron and Starmer at the Elysee on Monday. Photo: Reuters", "Reuters")]


def captions_of_page(title: str, sentence: str, caption: str, inside: str = "", outside: str = "") -> list[str]:
    """The captions Storyline keeps from a page: two paragraphs of ``sentence`` around a
    figure captioned ``caption``, ``inside`` more of the article, ``outside`` after it."""
    paragraph = sentence * 6
    figure = f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{paragraph}</p>{figure}<p>{paragraph}</p>{inside}</article>{outside}</body></html>")
    return [found.text for found in clean(html, published="2025-03-11").captions]


STRIP = "".join(f"<figure><img src='g{i}.jpg'><figcaption>A flooded street, picture {i}</figcaption></figure>"
                for i in range(12))


@pytest.mark.parametrize("outside", [
    f"<div class='photo-gallery'>{STRIP}<p>Show all 12</p></div>",            # named a gallery
    f"<section class='box-3'><h2>The valley this week</h2>{STRIP}</section>",  # a strip by its shape only
])
def test_photo_strips_and_button_labels_are_not_captions(outside: str) -> None:
    caption = "Volunteers fill sandbags by the bridge on Tuesday. Photo: AP"
    assert captions_of_page(
        "Floods in the valley", "The river burst its banks after three days of rain and the town hall flooded. ",
        caption, inside="<figure><img src='s.png'><figcaption>Share</figcaption></figure>", outside=outside) == [caption]


def test_teaser_and_quote_card_captions_are_not_captions() -> None:
    teasers = "".join(
        f"<a href='/story-{i}'><figure><img src='s{i}.jpg'><figcaption>Other story number {i} about "
        f"the city</figcaption></figure></a>" for i in range(6))
    linked = ("<figure><img src='l.jpg'><figcaption><a href='/weather'>Storm warning issued for the coast "
              "tonight</a></figcaption></figure>")
    quote = ("<figure><blockquote>Trams are the future of this city.</blockquote>"
             "<figcaption>Twitter Jane Roe, transport planner</figcaption></figure>")
    caption = "The first tram on the test track in March. Photo: Reuters"
    assert captions_of_page(
        "Tram line approved", "The council approved the new tram line after a two-year consultation with residents. ",
        caption, inside=quote + linked, outside=f"<aside>{teasers}</aside>") == [caption]


def test_the_text_is_chosen_among_the_modes_and_the_baseline() -> None:
    short, longer = "one two three four five six seven eight nine ten", " ".join(["word"] * 12)
    page_text = " ".join(["word"] * 40)
    assert choose_text(short, longer, short, 0) == longer  # the recall mode holds more than 1.1 times
    assert choose_text(longer, short, longer, 0) == longer
    # The modes kept a fragment of what the page's paragraphs hold: the baseline's text...
    assert choose_text(short, short, page_text, 1) == page_text
    # ...unless the page is a list of <article> cards, or the baseline holds little more.
    assert choose_text(short, short, page_text, 5) == short
    assert choose_text(longer, longer, " ".join(["word"] * 25), 0) == longer
    # Neither mode found an article: the baseline's page text is no article either.
    assert choose_text(None, "", page_text, 0) in (None, "")


def test_an_article_with_many_photos_keeps_their_captions() -> None:
    figures = "".join(
        f"<p>On day {i} the team crossed another ridge, and the guide said the weather would hold for a while "
        f"longer than forecast, so they pressed on past the hut.</p>"
        f"<figure><img src='d{i}.jpg'><figcaption>The ridge on day {i}.</figcaption></figure>" for i in range(8))
    html = (f"<html><head><title>Eight days on the ridge</title></head><body><article><h1>Eight days on the ridge</h1>"
            f"{figures}</article></body></html>")
    article = clean(html, published="2025-01-10")
    assert len(article.captions) == 8


def test_a_closing_section_of_a_page_is_not_article_text() -> None:
    paragraphs = [
        "The town's only cinema reopened on Friday after a volunteer group raised the money to replace its roof.",
        "More than three hundred people queued along the high street for a restored silent comedy with a pianist.",
        "The group's chair said ticket sales over the first month would decide whether a second screen could open.",
        "Local schools have already booked morning shows for the spring term, the organisers said.",
    ]
    teasers = ["Bakery on Mill Lane wins regional prize for its rye loaf", "Council to vote on new cycle lanes by the river"]
    html = ("<html><head><title>Cinema reopens after roof repair</title></head><body><article>"
            "<h1>Cinema reopens after roof repair</h1>" + "".join(f"<p>{text}</p>" for text in paragraphs)
            + "<h3>About the author</h3><p>Tomas Reyne covers arts and local business and lives above a bookshop.</p>"
            + "<h3>Read this next</h3>" + "".join(f"<p>{text}</p>" for text in teasers)
            + "<p><a href='/more'>Learn more</a></p></article></body></html>")
    assert "About the author" in trafilatura.extract(html)
    assert clean(html).text == "\n\n".join(paragraphs)


def test_an_accordion_keeps_its_questions_and_closed_answers() -> None:
    paragraphs = [
        "The city library will open on Sundays from March, the first change to its hours in a decade.",
        "The extra day is paid for by a grant from the regional arts fund and by savings on heating.",
        "Staff who volunteer for the Sunday shift will get a weekday off in return, the union said.",
    ]
    questions = [("Which branches open on Sundays?", "Only the central branch and the one by the harbour open at first."),
                 ("Can I return books on a Sunday?", "Yes, the returns desk at both branches will be staffed all day.")]
    accordion = "".join(
        f"<div class='item'><h3><button aria-expanded='false' aria-controls='answer-{n}'>{question}</button></h3>"
        f"<div id='answer-{n}' aria-hidden='true' style='height:0;overflow:hidden'><p>{answer}</p></div></div>"
        for n, (question, answer) in enumerate(questions))
    html = ("<html><head><title>Library to open on Sundays</title></head><body><article>"
            "<h1>Library to open on Sundays</h1>" + "".join(f"<p>{text}</p>" for text in paragraphs)
            + f"<h2>Questions and answers</h2>{accordion}</article>"
            "<nav><button aria-expanded='false'>Menu</button></nav></body></html>")
    text = clean(html).text
    for question, answer in questions:
        assert question in text and answer in text
    assert "Menu" not in text


def test_a_table_in_a_block_named_for_an_embed_is_text() -> None:
    paragraphs = [
        "Ferry fares on the northern routes rise by a tenth from May, the operator said on Wednesday.",
        "Season tickets are spared the increase, and children under five still travel free of charge.",
        "The operator blamed the price of fuel and the cost of the new harbour berth at the island end.",
    ]
    table = ("<div class='w-embed'><table><tr><th>Route</th><th>Old fare</th><th>New fare</th></tr>"
             "<tr><td>Harbour to Isle North</td><td>8.00</td><td>8.80</td></tr>"
             "<tr><td>Harbour to Skerry Point</td><td>11.50</td><td>12.65</td></tr></table></div>")
    player = "<div class='video-embed'><iframe src='https://video.example/clip'></iframe><p>Watch the clip</p></div>"
    html = ("<html><head><title>Ferry fares to rise</title></head><body><article><h1>Ferry fares to rise</h1>"
            + "".join(f"<p>{text}</p>" for text in paragraphs[:2]) + table + player
            + f"<p>{paragraphs[2]}</p></article></body></html>")
    text = clean(html).text
    assert "Skerry Point" in text and "12.65" in text
    assert "Watch the clip" not in text


def test_a_closed_panel_right_after_its_toggle_is_text() -> None:
    paragraphs = [
        "Hikers on the coast path will need a permit from June, the park authority announced on Friday.",
        "The permits are free but limited to four hundred a day in July and August, when the path is busiest.",
    ]
    section = ("<div class='section'><h3><button aria-expanded='false'>How do I get a permit?</button></h3>"
               "<div aria-hidden='true' hidden><p>Permits are booked online up to a month ahead, and rangers "
               "will check them at the two car parks.</p></div></div>")
    html = ("<html><head><title>Coast path permits</title></head><body><article><h1>Coast path permits</h1>"
            + "".join(f"<p>{text}</p>" for text in paragraphs) + section + "</article></body></html>")
    text = clean(html).text
    assert "How do I get a permit?" in text and "rangers will check them" in text


def test_an_accordion_whose_modifier_classes_look_like_furniture_is_text() -> None:
    paragraphs = [
        "The school board approved a four-day week for the district's two rural schools from next autumn.",
        "Parents were split at the hearing, and the board promised to review the change after one year.",
        "Districts in three neighbouring counties made the same change last year to hire and keep teachers.",
        "The union said its members had voted in favour by a wide margin after a month of meetings.",
    ]
    accordion = ("<div class='acc-wrap acc-icon-style-plus acc-has-2-panes'>"
                 "<div class='acc-pane'><h3>What happens on Fridays?</h3><div class='acc-panel'><p>The buildings stay "
                 "open for clubs, tutoring and sport, and buses run on the usual timetable until two.</p></div></div>"
                 "<div class='acc-pane'><h3>Do teachers lose pay?</h3><div class='acc-panel'><p>No: the school day "
                 "grows by seventy minutes, so contracts and salaries are unchanged.</p></div></div></div>")
    # Long enough that the accordion is under a tenth of the words: trafilatura's recall mode,
    # which keeps it, is not chosen for so little more text.
    paragraphs = [f"{text} {later}" for text in paragraphs for later in paragraphs]
    html = ("<html><head><title>Four-day week</title></head><body><article><h1>Four-day week</h1>"
            + "".join(f"<p>{text}</p>" for text in paragraphs) + accordion.replace("acc-", "accordion-")
            + "</article></body></html>")
    text = clean(html).text
    assert "What happens on Fridays?" in text and "salaries are unchanged" in text


def test_a_section_whose_anchor_id_holds_a_furniture_word_is_text() -> None:
    paragraphs = [f"Cafe owners on the high street say trade has not recovered since the road works began in {month}, "
                  "and several now open only at weekends while the council finishes the new drains."
                  for month in ("March", "April", "May", "June", "July", "August")]
    section = ("<div id='menu-prices-keep-rising'><h2>Menu prices keep rising</h2><p>A flat white now costs more than "
               "four pounds in most of the cafes, and two have dropped their lunch menus altogether.</p></div>")
    html = ("<html><head><title>High street cafes</title></head><body><article><h1>High street cafes</h1>"
            + "".join(f"<p>{text}</p>" for text in paragraphs[:3]) + section
            + "".join(f"<p>{text}</p>" for text in paragraphs[3:]) + "</article></body></html>")
    text = clean(html).text
    assert "Menu prices keep rising" in text and "dropped their lunch menus" in text


def test_a_menu_built_as_a_toggle_keeps_its_class() -> None:
    from storyline.clean.widgets import unmask_text_widgets
    sections = ["World news", "Local politics", "Business and markets", "Science and health", "Arts and books",
                "Sport results", "Weather forecast", "Letters to the editor", "Obituaries and notices",
                "Puzzles and games", "Podcasts and video", "Subscriber offers"]
    menu = "".join(f"<li><a href='/s{n}'>{name}</a></li>" for n, name in enumerate(sections))
    tree = fromstring(f"<html><body><div class='menu-toggle-panel'><h3>Sections</h3><ul>{menu}</ul></div>"
                      "<div class='faq-embed'><h3>Who runs the paper?</h3><p>A reader-owned trust since 1998.</p>"
                      "</div></body></html>")
    assert unmask_text_widgets(tree) == 1
    assert tree.xpath("//div[@class='menu-toggle-panel']") and not tree.xpath("//div[@class='faq-embed']")


def test_a_button_inside_a_sentence_is_part_of_it() -> None:
    paragraphs = [
        "The county will test its tap water for lead in every school by the end of the year, officials said.",
        "Results from the first forty schools are due in March and will be posted on the county website.",
    ]
    quote = ("<p>“We would rather know now than find out from a sick child,” said county health officer"
             "<button class='sidenote-button' title='Dana Whitfield'>Dana Whitfield</button>, who ordered the tests.</p>")
    html = ("<html><head><title>Lead tests in schools</title></head><body><article><h1>Lead tests in schools</h1>"
            + "".join(f"<p>{text}</p>" for text in paragraphs) + quote
            + "<div class='share'><button class='share-button'>Share this story</button></div>"
            "<p>Parents can ask for the results of their own school.<br><button>Sign up for alerts</button></p>"
            "<p>Will your school be next? Find out now: <button>Check the list</button></p></article></body></html>")
    text = clean(html).text
    assert "said county health officer Dana Whitfield, who ordered the tests." in text
    assert "Share this story" not in text and "Sign up for alerts" not in text and "Check the list" not in text
