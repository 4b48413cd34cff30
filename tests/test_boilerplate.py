"""Line classification and the plain-text cleaner on hand-written cases."""

from __future__ import annotations

import pytest

from storyline.clean.boilerplate import byline_name, caption_credit, classify_line, credit_parts
from storyline.clean.dates import parse_dateline
from storyline.clean.text import clean_plain_text


@pytest.mark.parametrize("line, kind", [
    ("Advertisement", "ad"),
    ("ADVERTISEMENT", "ad"),
    ("Adblock Detected", "adblock"),
    ("Please disable your ad blocker to continue reading.", "adblock"),
    ("00:00", "video"),
    ("01:23 / 04:56", "video"),
    ("Share this article", "share"),
    ("Share on Facebook", "share"),
    ("Home » World » Europe", "breadcrumb"),
    ("Home > News > Politics", "breadcrumb"),
    ("1,234 views", "counter"),
    ("2 views", "counter"),
    ("You may also like", "related"),
    ("Read more:", "related"),
    ("Comments", "comments"),
    ("Find out more", "button"),
    ("Check the price at Walmart", "button"),
    ("Start your free trial", "button"),
    ("Leave a comment", "comments"),
    ("Support from readers like you keeps this site running.", "appeal"),
    ("Sign up to our daily newsletter and get the news you need.", "appeal"),
    ("The leaders in Brussels on Thursday. Getty Images", "caption"),
    ("Protesters gather outside parliament. Photo: Reuters", "caption"),
    ("© AFP 2025", "credit"),
    ("With AFP", "credit"),
    ("(Reuters)", "credit"),
    ("Additional reporting by Jane Smith", "credit"),
    ("By Jane Smith", "byline"),
    ("News Desk", "byline"),
])
def test_boilerplate_lines(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize("line, kind", [
    ("Share  Facebook  X  LinkedIn  Email  Print", "share"),
    ("Tweet | Pinterest | Copy link", "share"),
    ("Related: Why the bus lanes failed, a new audit finds", "related"),
    ("READ MORE: Council rejects the stadium plan", "related"),
    ("Europe in pictures", "gallery"),
    ("Show all 36", "gallery"),
    ("7 of 36", "gallery"),
    ("Crisis line: 0800 555 0199, text 85258 or call 020 7123 4567", "phone"),
    ("Рrоmоtе уоur business hеrе tоdау", "ad"),
])
def test_furniture_of_news_pages(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "The minister shared the post on Facebook and Twitter before deleting it.",
    "Related research, published in March, found the opposite: a clear rise in attendance.",
    "Residents can reach the council on 0800 555 0199 between 9am and 5pm, the mayor said in a statement.",
    "The Russian word \u0434\u0430 means yes, and the Greek \u03bd\u03b1\u03b9 does too.",
])
def test_article_sentences_that_mention_furniture_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Macron said the talks would continue.",
    "US troops",
    "“We want your support,” the minister told parliament.",
    "He spoke to the BBC.",
    "Trump: War could end within weeks",
    "The share price fell 5% on Monday.",
    "Learn more:",  # introduces a list
    "Where to buy a house in a rising market",
])
def test_article_lines_are_kept(line: str) -> None:
    assert classify_line(line) is None


def test_credit_and_byline_parts() -> None:
    assert credit_parts("© AFP 2025") == {"holder": "AFP", "year": "2025"}
    assert credit_parts("Copyright 2024 The Associated Press. All rights reserved.") == {
        "holder": "The Associated Press", "year": "2024"}
    assert byline_name("By Jane Smith and John Doe") == "Jane Smith and John Doe"


@pytest.mark.parametrize("line, expected", [
    ("LAST UPDATE | 24 Feb", (2, 24, None)),
    ("Published: 3 March 2025 10:30 GMT", (3, 3, 2025)),
    ("February 24, 2025", (2, 24, 2025)),
    ("Updated Feb. 24, 2025 at 5:30 p.m. EST", (2, 24, 2025)),
    ("2025-02-24", (2, 24, 2025)),
])
def test_datelines(line: str, expected: tuple) -> None:
    found = parse_dateline(line)
    assert found is not None and (found.month, found.day, found.year) == expected


def test_sentences_with_dates_are_not_datelines() -> None:
    assert parse_dateline("France will host talks on Tuesday") is None
    assert parse_dateline("May 2025 was the hottest on record") is None


def test_title_body_and_trailer() -> None:
    raw = (
        "Advertisement\n\nLeaders Agree On New Deal\n\nLAST UPDATE | 3 Mar\n\n"
        "The leaders agreed a deal on Monday, officials said.\n\n"
        "Talks will resume next week in Geneva.\n\n© AFP 2024\n\nClose\nMore videos\nNews in brief\n"
    )
    cleaned = clean_plain_text(raw)
    assert cleaned.title == "Leaders Agree On New Deal"
    assert cleaned.text == (
        "The leaders agreed a deal on Monday, officials said.\n\nTalks will resume next week in Geneva."
    )
    assert cleaned.published is not None and cleaned.published.isoformat() == "2024-03-03"
    assert cleaned.credit == "© AFP 2024"


def test_a_sentence_is_no_title() -> None:
    cleaned = clean_plain_text("The minister resigned on Friday.\n\nShe gave no reason.")
    assert cleaned.title is None
    assert cleaned.text.startswith("The minister resigned")


def test_hard_wrapped_lines_are_joined() -> None:
    raw = ("The committee met for the third time this month and agreed that the\n"
           "proposal should go to a vote before the end of the year.\n\nA second paragraph.")
    cleaned = clean_plain_text(raw, known_title="")
    assert cleaned.text.split("\n\n")[0].endswith("the proposal should go to a vote before the end of the year.")


def test_non_breaking_and_invisible_characters_are_normalised() -> None:
    cleaned = clean_plain_text("Headline Here Now\n\nHe\u00a0said\u200b it\u00a0was over.")
    assert cleaned.text == "He said it was over."


@pytest.mark.parametrize("line, credit", [
    ("Leaders in the White House today. PA", "PA"),
    ("The leaders in Brussels on Thursday. Getty Images", "Getty Images"),
    ("Protesters gather outside parliament. Photo: Reuters", "Reuters"),
    ("Troops on parade in Kyiv - AFP / Jane Doe", "AFP / Jane Doe"),
    ("Image credit: Jane Smith / Example Photos", "Jane Smith / Example Photos"),
    ("Rescue workers at the scene (Photo by John Doe)", "John Doe"),
    # A label followed by more caption, or a caption without a credit, gives none.
    ("Image source, Getty Images Image caption, The leaders met on Monday", None),
    ("Photo: the leaders meet in Geneva", None),
])
def test_caption_credit(line: str, credit: str | None) -> None:
    assert classify_line(line) == "caption"
    assert caption_credit(line) == credit


def test_captions_are_kept_out_of_the_text_as_metadata() -> None:
    raw = (
        "Leaders Agree On New Deal\n\nThe leaders agreed a deal on Monday, officials said.\n\n"
        "  The leaders in Geneva on Monday. Getty Images  \n\n"
        "Talks will resume next week.\n\nProtesters gather outside parliament. Photo: Reuters\n\n"
        "The leaders in Geneva on Monday. Getty Images\n"
    )
    cleaned = clean_plain_text(raw)
    assert cleaned.text == "The leaders agreed a deal on Monday, officials said.\n\nTalks will resume next week."
    assert [(caption.text, caption.credit) for caption in cleaned.captions] == [
        ("The leaders in Geneva on Monday. Getty Images", "Getty Images"),
        ("Protesters gather outside parliament. Photo: Reuters", "Reuters"),
    ]
    assert all(caption.times == [] for caption in cleaned.captions)  # tagged by the times extractor


@pytest.mark.parametrize("line", ["Privacy Policy", "Terms & Conditions", "Related Searches", "About us",
                                  "Browse Related Articles", "4 minute read time", "Request a demo", "Tags"])
def test_a_sites_own_links_are_navigation(line: str) -> None:
    assert classify_line(line) == "navigation"


def test_a_sentence_that_starts_like_a_link_is_kept() -> None:
    assert classify_line("Home prices rose 4% in May, the agency said.") is None
    assert classify_line("Contact tracing ended in the spring.") is None


@pytest.mark.parametrize("line", [
    "Pages 92-127 (Hard Copy pages 1488-1523) - Fasteners",   # page ranges, no telephone
    "Patch now: CVE-2024-51234 is exploited in the wild.",    # an identifier
    "- Heating Assistance – Call 615-555-0142 for more information.",  # one number in a sentence
    "The IL-6 and TNF-α levels fell, as did GSK3β.",          # Greek letters in science
])
def test_numbers_and_greek_letters_in_article_lines_are_kept(line: str) -> None:
    assert classify_line(line) is None


def test_a_long_paragraph_repeated_word_for_word_is_kept_once() -> None:
    repeated = "The museum reopens in June after a renovation that took four years and cost twelve million."
    raw = "\n".join([repeated, "Visitors will find the west wing rebuilt.", "Pros", "Cons", "Pros", repeated,
                     "Tickets go on sale in May."])
    cleaned = clean_plain_text(raw, html_lines=True)
    assert cleaned.text.count(repeated) == 1
    assert cleaned.text.count("Pros") == 2  # short labels repeat in tables and lists


@pytest.mark.parametrize("line", ["- 6 min read", "• Share this article", "- Privacy Policy", "* Advertisement",
                                  "- Read more: Ten trips to take this winter"])
def test_list_items_are_classified_without_their_marker(line: str) -> None:
    cleaned = clean_plain_text(f"The ferry resumed service on Monday after the strike ended.\n{line}",
                               html_lines=True)
    assert cleaned.text == "The ferry resumed service on Monday after the strike ended."


def test_list_items_of_an_article_are_kept() -> None:
    raw = "You will need:\n- Two eggs\n- 200 g of flour\n- A pinch of salt"
    assert clean_plain_text(raw, html_lines=True).text == raw.replace("\n", "\n\n")


@pytest.mark.parametrize("line, kind", [
    ("SponsoredSponsored", "ad"),
    ("Advertisement | Advertisement", "ad"),
    ("Older post: Five bridges worth a detour", "related"),
    ("You may also enjoy: A weekend on the canals", "related"),
    ("Sponsored: The new running shoe everyone wants", "related"),
    ("Related Topics: Rail, Transport, Budget", "related"),
    ("Follow us on Mastodon and Bluesky for the day's headlines.", "share"),
    ("Join our readers' Facebook group for weekly tips", "share"),
    ("Not a subscriber? Sign up", "widget"),
    ("Do you want to receive notifications of new articles from us?", "appeal"),
    ("This guide is supported by commissions from the brands it lists.", "disclosure"),
])
def test_teasers_promotions_and_account_prompts(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "Next, the council will vote on the budget: the debate starts at nine.",
    "Advertising revenue fell 4% in the quarter, the company said.",
    "The band asked fans to follow the tour on the radio as tickets sold out.",
])
def test_sentences_like_teasers_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line, kind", [
    ("Mar 3, 2024 \u00b7 7 min read", "widget"),
    ("by Ana Lopez \u2014 4 minute read", "widget"),
    ("Last modified on:", "widget"),
    ("Medically reviewed by Dr. Sam Lee", "widget"),
    ("Fact-checked by the research desk", "widget"),
    ("This website uses cookies to remember your settings.", "cookies"),
    ("Performance cookies help us count visits and traffic sources.", "cookies"),
])
def test_meta_lines_and_cookie_notices(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "Reviewed the budget, the committee found no errors.",
    "Regulators said the new rules would limit tracking cookies on news sites.",
])
def test_sentences_about_reviews_and_cookies_are_kept(line: str) -> None:
    assert classify_line(line) is None


ARTICLE = (
    "The county council voted on Tuesday to reopen the old ferry landing after a two-year closure.\n\n"
    "Engineers found the pilings sound, and the harbour master said boats could dock again by spring.\n\n"
    "Residents who had driven an hour around the bay welcomed the news at a packed evening meeting.\n\n"
    "The first crossing is planned for the second week of April, weather permitting.\n\n"
)


@pytest.mark.parametrize("heading, after", [
    ("About the Author", "Dana Pell covers transport and coastal towns for the paper."),
    ("Related Articles", "Bridge tolls rise again\n\nNew bus route to the airport"),
    ("You might also like:", "Ten lighthouses worth the drive"),
    ("More from Harbour News", "Storm season forecast\n\nSailing club turns fifty"),
])
def test_what_follows_a_closing_heading_is_dropped(heading: str, after: str) -> None:
    cleaned = clean_plain_text(ARTICLE + heading + "\n\n" + after, html_lines=True)
    assert cleaned.text == ARTICLE.strip()


def test_a_heading_that_only_ends_articles_drops_a_long_column_after_it() -> None:
    teasers = "\n\n".join(f"Weekend guide number {n}: markets, walks and a harbour festival to try" for n in range(6))
    cleaned = clean_plain_text(ARTICLE + "Read This Next\n\n" + teasers, html_lines=True)
    assert cleaned.text == ARTICLE.strip()
    # The same column after a heading that may label a list inside an article is kept.
    kept = clean_plain_text(ARTICLE + "See also\n\n" + teasers, html_lines=True)
    assert kept.text.endswith("festival to try")


def test_a_closing_heading_before_much_article_text_keeps_it() -> None:
    # "Related" halfway through a page is a label, not where the article ends.
    rest = ("Tickets will cost the same as before the closure, the operator said in a statement.\n\n"
            "A second boat, bought from a lake service in the north, is being refitted this winter.\n\n"
            "Council members also asked for a study of a late-evening crossing for shift workers.")
    cleaned = clean_plain_text(ARTICLE + "Related\n\n" + rest, html_lines=True)
    assert cleaned.text.endswith("for shift workers.") and "Related" not in cleaned.text.split("\n\n")


def test_a_flash_whose_text_is_its_headline_keeps_it_as_text() -> None:
    # a wire flash: the whole text repeats the known title; it is the article, not a repeat
    cleaned = clean_plain_text("HARBOUR STRIKE ENDS AFTER 40 DAYS: UNION", known_title="Harbour strike ends after 40 days: union")
    assert cleaned.text == "HARBOUR STRIKE ENDS AFTER 40 DAYS: UNION"
    # a headline repeated above a body is still dropped from the text
    cleaned = clean_plain_text("Harbour strike ends\n\nDockers voted to go back on Monday.", known_title="Harbour strike ends")
    assert cleaned.text == "Dockers voted to go back on Monday."


def test_a_section_laid_out_twice_is_kept_once() -> None:
    section = ["What it costs", "- Tiling a bathroom floor: from 40 to 90 euros a square metre, fitted",
               "- Replacing a bath with a walk-in shower: about 3,000 euros with the plumbing",
               "- Moving a radiator: 300 to 500 euros, more where the pipes run under a floor"]
    raw = "\n".join(["Most quotes for a bathroom refit now come in above ten thousand euros.", *section,
                     "Builders say the cost of tiles has doubled since 2021.", *section])
    cleaned = clean_plain_text(raw, html_lines=True)
    assert all(cleaned.text.count(line) == 1 for line in section)
    assert "Builders say" in cleaned.text


def test_a_plan_whose_rows_repeat_keeps_them() -> None:
    raw = "\n".join(["Week one", "- Rest", "- Easy run", "- Rest", "Week two", "- Rest", "- Easy run", "- Rest"])
    assert clean_plain_text(raw, html_lines=True).text == raw.replace("\n", "\n\n")


def test_a_run_of_excerpts_cut_off_mid_sentence_is_dropped() -> None:
    article = ("The harbour board approved the new ferry timetable on Thursday, adding two late sailings in summer. "
               "Passengers had asked for them for years.")
    excerpts = [
        "Choosing a solicitor after a road accident can feel daunting when you are still recovering from your injuries. "
        "Our team has guided hundreds of families through the",
        "Insurance claims after a flood often take months, and many households give up before they are paid in full. "
        "At our firm, we work with loss adjusters,",
        "Planning permission for a loft conversion depends on the size of the dormer and on the street it faces, "
        "which is why our architects always start with a surv\u2026",
    ]
    cleaned = clean_plain_text("\n".join([article, *excerpts]), html_lines=True)
    assert cleaned.text == article


def test_one_paragraph_ending_oddly_is_kept() -> None:
    raw = ("The minister said the bill would return to parliament in the autumn, and she added that\n"
           "a close vote.")
    assert clean_plain_text(raw, html_lines=True).text == raw.replace("\n", "\n\n")


def test_a_cookie_settings_panel_is_dropped_whatever_its_length() -> None:
    panel = " ".join(f"consent_{name} 1 year This cookie is set by the consent tool to record the choice for the "
                     f"{name} category." for name in ("ads", "stats", "video", "maps", "forms"))
    assert classify_line(panel) == "cookies"


@pytest.mark.parametrize("line", [
    "Lorem Ipsum",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
    "Our team: lorem ipsum dolor sit amet, placeholder bio to come.",
])
def test_template_placeholder_text_is_dropped(line: str) -> None:
    assert classify_line(line) == "placeholder"


def test_a_closing_run_of_other_pages_titles_is_dropped() -> None:
    article = ["The county opened its third cooling centre on Monday as the heat advisory was extended to Friday.",
               "Volunteers will hand out water at bus stops along the river road from noon until six.",
               "Libraries and the two malls on the ring road will stay open late for anyone who needs to cool down.",
               "Doctors asked residents to check on elderly neighbours twice a day until the temperatures fall."]
    titles = ["Average Rents in Maple Falls", "Average Rents in Cedar Point", "Average Rents in Lake Orrin",
              "Average Rents in North Bend", "How Much Does a Moving Truck Cost?"]
    cleaned = clean_plain_text("\n".join([*article, *titles]), html_lines=True)
    assert cleaned.text == "\n\n".join(article)


def test_a_closing_list_of_items_or_few_short_lines_is_kept() -> None:
    article = "The club's new season starts in September, and the committee chose five walks for the autumn."
    for ending in (["- Ridge path", "- Old mill loop", "- Heron lake", "- Quarry steps", "- Beacon hill"],
                   ["Ridge path", "Old mill loop", "Heron lake"]):
        raw = "\n".join([article, *ending])
        assert clean_plain_text(raw, html_lines=True).text == raw.replace("\n", "\n\n")


def test_a_long_copyright_notice_is_a_credit_and_closes_the_article() -> None:
    notice = ("Copyright \u00a9 2024 Harbour Radio. All rights reserved. Visit our terms of use and permissions "
              "pages for further information.")
    assert classify_line(notice) == "credit"
    assert credit_parts(notice) == {"holder": "Harbour Radio", "year": "2024"}
    article = "\n".join(["The lighthouse keeper's cottage opens to visitors next month after ten years of repairs."] * 1
                        + [f"Volunteers rebuilt the {part} with stone from the old quarry, the trust said."
                           for part in ("chimney", "porch", "garden wall", "roof", "lamp room", "stairs")])
    trailer = "Transcripts may be revised, and the audio is the authoritative record of the programme."
    cleaned = clean_plain_text("\n".join([article, notice, trailer]), html_lines=True)
    assert "Transcripts" not in cleaned.text and "lamp room" in cleaned.text
