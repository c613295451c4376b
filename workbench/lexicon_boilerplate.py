"""Word lists and patterns for spotting site furniture in scraped news text (data only).

``workbench.boilerplate`` compiles and scores these; nothing here decides on its own.

Each cue is ``(anchor, weight, reason, pattern)``. Patterns are matched, case-insensitively,
against a line's *normalised* form: lower-cased, runs of whitespace collapsed, curly
apostrophes made straight, and bullets, brackets and trailing ``: . ! … » | -`` trimmed from
both ends. ``anchor`` says where the pattern must match:

* ``"line"``  – the whole normalised line (``re.fullmatch``): a button or heading on its own;
* ``"start"`` – the start of the line (``re.match``): a prompt followed by a title or a name;
* ``"any"``   – anywhere (``re.search``): phrases no article sentence uses.

Weights are in tenths; the detector marks a line whose total reaches 10. A weight of 10 or
more is decisive on a short line anywhere in the file; 8–9 needs a short, unpunctuated line;
lower weights need the line to sit in the furniture at the top or bottom of the file too.
"""

from __future__ import annotations

Cue = tuple[str, int, str, str]


def _words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(text.split())


# Regex pieces shared by several cues (and by the date-line check in boilerplate.py).
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?"
DATE = (
    rf"(?:{WEEKDAY},?\s+)?"
    rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}"
    r"|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
)
TIME = (
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:gmt|utc|ist|pst|est|cet|eet|msk|ast)(?:\s*[+-]\s*\d{1,2}(?::\d{2})?)?)?"
)
AGO = r"\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
# A line that is nothing but a publication stamp: "March 3, 2022", "12:30 PM", "3 hours ago".
DATE_LINE = rf"(?:{DATE})?(?:\s*(?:,|\||-|–|—|@|at)?\s*(?:{TIME}))?|{AGO}"

SOCIAL_PLATFORMS = _words(
    """
    facebook twitter x whatsapp telegram linkedin pinterest reddit tumblr pocket viber
    messenger skype vk vkontakte line weibo wechat flipboard mix digg stumbleupon
    instagram youtube tiktok threads bluesky mastodon google+ gmail
    """
)

# Words a row of share buttons is made of ("Share on Facebook | Tweet | Email | Print").
SHARE_BUTTON_WORDS = SOCIAL_PLATFORMS | _words(
    """
    share shares shared sharing on via to with tweet email e-mail mail print pin it save
    copy link url more send love like and opens in new window click
    """
)

# At least one of these must be present, so that "on to it" alone is never a button row.
SHARE_TRIGGERS = SOCIAL_PLATFORMS | _words("share shares tweet email e-mail print pin")

# Words a navigation menu is made of ("Home News World Politics Contact Us").
NAV_WORDS = _words(
    """
    home news world politics business sport sports opinion editorial editorials analysis
    features culture economy health science technology tech entertainment lifestyle video
    videos photos gallery podcast podcasts live latest local national international region
    regional africa asia europe americas middle east us uk about contact us privacy policy
    terms of use service conditions disclaimer advertise advertising careers jobs login
    log in register sign up subscribe search menu archive archives more categories
    """
)

# Verbs of reporting: a line carrying one after its first word is somebody's words, i.e. prose.
REPORTING_VERBS = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "claimed",
    "claims",
    "announced",
    "reported",
    "warned",
    "noted",
    "insisted",
    "denied",
    "confirmed",
    "declared",
    "urged",
    "asked",
    "explained",
    "according to",
)

# CMS user names that appear after "By" / "Posted by" on self-run sites.
CMS_HANDLES = (
    r"admin|administrator|site admin|editor|editors|editorial|editorial team|editorial staff|editorial desk"
    r"|staff|staff writer|staff reporter|our correspondent|our reporter|correspondent|webmaster|web desk"
    r"|web team|news desk|newsdesk|desk|team|guest|guest author|contributor|author|newsroom|online desk"
)

# Capitalised words that open Title-Case headlines ("By Any Means Necessary"), so that
# "By <Name>" is read as a byline only when the following words could be a person's name.
NAME_STOPWORDS = _words(
    """
    a an the any all every each no some this that these those my our your their his her its
    land sea air night day dawn fire force means necessary other others now then way hand
    and or of in on at for to from with without design default far most more least
    monday tuesday wednesday thursday friday saturday sunday tonight today tomorrow yesterday
    january february march april may june july august september october november december
    """
)

CUES: tuple[Cue, ...] = (
    # --- share prompts ---------------------------------------------------------------
    (
        "line",
        10,
        "share prompt",
        r"spread the love|share the love|sharing is caring|share this"
        r"(?: (?:article|story|post|page|news|item|on|with))?(?: with (?:your )?friends)?|share(?: now| it)?"
        r"|\d[\d,.]*k? (?:shares?|views?)|shares?|like this|like loading\.*|loading\.*"
        r"|print(?: this)?(?: page| article| story)?|e-?mail(?: this)?(?: page| article| story)?"
        r"|copy(?: this)? link|copy url|link copied",
    ),
    (
        "start",
        10,
        "share prompt",
        r"(?:click to )?share (?:on|via|to) \S+|click to (?:share|email|print)"
        r"|share this (?:article|story|post):|print friendly",
    ),
    ("any", 10, "share prompt", r"\(?\b(?:will )?opens? in (?:a )?new (?:window|tab)\b\)?"),
    # --- comment prompts -------------------------------------------------------------
    (
        "line",
        10,
        "comment prompt",
        r"leave a (?:reply|comment|response)(?: cancel reply)?|cancel reply"
        r"|(?:\d+|no|one|two|three) (?:comments?|responses?|replies|thoughts)|comments?(?: \(\d+\))?"
        r"|post (?:a )?comment|add (?:a )?comment|submit comment|reply|join the (?:discussion|conversation)"
        r"|comments are closed|discussion about this post|be the first to comment|what do you think\??",
    ),
    (
        "start",
        10,
        "comment prompt",
        r"(?:\d+|no|one) (?:comments?|responses?|replies|thoughts) (?:on|to) "
        r"|leave a (?:reply|comment)\b|comments are closed|comments (?:off|closed) on\b",
    ),
    # Comment-form field labels: weak alone, they join the comment block they sit in.
    (
        "line",
        6,
        "comment prompt",
        r"name\s*\*?|website|your (?:name|email|comment)\s*\*?"
        r"|e-?mail(?: address)?\s*\*",
    ),
    (
        "any",
        12,
        "comment prompt",
        r"you must be logged in to (?:post|leave) a comment"
        r"|logged in as \S+\. log out|your email address will not be published|required fields are marked"
        r"|save my name, email,? and website|notify me of (?:follow-up comments|new posts)"
        r"|this site uses akismet|comments? (?:are|is) moderated",
    ),
    # --- CMS credits -----------------------------------------------------------------
    (
        "any",
        10,
        "CMS credit",
        r"powered by\s*:?\s*[\w.-]+\.(?:com|net|org|io)\b|powered by (?:wordpress|blogger|drupal"
        r"|joomla|ghost|wix|squarespace|tumblr|jetpack)|proudly powered by|wordpress theme|theme by \S+"
        r"|theme: \S+ by|designed (?:and developed )?by \S+\.(?:com|net|org)",
    ),
    # Short "Powered by X" credits; a long line beginning this way is prose and loses on shape.
    (
        "line",
        9,
        "CMS credit",
        r"(?:proudly )?powered by\s*:?\s*[\w.&' -]{1,40}"
        r"|(?:site |website |web )?(?:designed|developed|maintained|hosted)"
        r"(?: and (?:developed|designed))? by\s*:?\s*[\w.&' -]{1,40}",
    ),
    ("start", 9, "CMS credit", r"theme\s*:"),
    # --- bylines and publication stamps -----------------------------------------------
    (
        "start",
        10,
        "byline",
        r"(?:posted|written|published|submitted|uploaded) by\b"
        rf"|by\s*:?\s*(?:{CMS_HANDLES})\b"
        r"|(?:reporting|writing|editing|additional reporting|compiled|edited) by\b",
    ),
    (
        "start",
        9,
        "byline",
        rf"(?:posted|published|updated|last updated|last modified|modified|uploaded|date)"
        rf"\s*:?\s*(?:on\s+)?(?:{DATE}|{TIME}|{AGO}|{WEEKDAY}\b)"
        r"|last (?:updated|modified)\b|\d+\s+min(?:ute)?s?\s+read"
        r"|reading time\b|estimated reading time|print edition",
    ),
    ("line", 9, "byline", rf"(?:\d+\s+)?min(?:ute)?s? read|read time|{CMS_HANDLES}"),
    # --- related links ---------------------------------------------------------------
    (
        "line",
        10,
        "related links",
        r"related(?: posts| articles| stories| news| content| coverage| reading"
        r"| topics| tags)?"
        r"|(?:more|other|latest|top|recent|popular|trending|recommended|editor's picks?|most read"
        r"|most popular|most viewed|you (?:may|might) also like|also on \S+)"
        r"(?: (?:stories|news|posts|articles|on \S+|from \S+|in \S+))?"
        r"|continue reading|read more|read next|next (?:post|article|story)"
        r"|previous (?:post|article|story)|view all(?: posts)?|see all|show more|load more",
    ),
    # "Also read: <a linked headline>": the headline is long and unpunctuated like a subhead, so
    # the prompt itself must carry the line.
    (
        "start",
        11,
        "related links",
        r"(?:read more|also read|read also|see also|read next|related|more on this"
        r"|more from|related articles?|related stor(?:y|ies)|related coverage|further reading|recommended)"
        r"\s*(?:[:|>»›]|\s[–—-](?:\s|$))",
    ),
    ("start", 9, "related links", r"(?:watch|listen|video|podcast)\s*(?:[:|>»›]|\s[–—-](?:\s|$))"),
    # --- embedded players ------------------------------------------------------------
    (
        "line",
        10,
        "media prompt",
        r"listen to (?:this|the) (?:article|story)|listen(?: now)?|audio"
        r"|play(?: video)?|watch(?: now| video| live)?|video",
    ),
    # --- advertising -----------------------------------------------------------------
    (
        "line",
        10,
        "advertisement",
        r"advertisements?|advert|ads?|sponsored(?: content| links?| stories)?"
        r"|promoted(?: content| stories)?|paid (?:content|partnership|post)"
        r"|story continues below(?: advertisement)?"
        r"|article continues below(?: advertisement)?|continue reading (?:the main story|below)"
        r"|scroll to continue(?: with content)?|ad feedback|report this ad|skip ad",
    ),
    # --- newsletters, follow prompts, calls to action --------------------------------
    (
        "start",
        9,
        "newsletter prompt",
        r"(?:subscribe|sign up|signup|register)\b.{0,40}\b(?:newsletter"
        r"|mailing list|updates|channel|alerts|digest|briefing|bulletin|emails?|inbox|for free|today|now)"
        r"|join (?:us|our)\b.{0,40}\b(?:newsletter|mailing list|channel|community|telegram|whatsapp)"
        r"|get (?:the latest|our|breaking) .{0,30}(?:newsletter|alerts|updates|inbox)|subscribe\b",
    ),
    (
        "start",
        9,
        "social follow",
        r"(?:follow|like|find|join|connect with) us (?:on|at|via)\b"
        r"|follow \S+ on (?:twitter|facebook|instagram|telegram|x)\b|stay connected",
    ),
    ("any", 10, "newsletter prompt", r"delivered (?:straight |directly |right )?to your inbox"),
    ("start", 10, "site notice", r"our standards\s*:|editorial standards\s*:|corrections policy\s*:"),
    ("start", 9, "click prompt", r"click here\b|tap here\b|click (?:the )?(?:link|button) below"),
    # --- tags, categories ------------------------------------------------------------
    (
        "start",
        9,
        "tags",
        r"(?:tags?|tagged(?: with)?|filed under|categor(?:y|ies)|topics?|posted in|labels?"
        r"|keywords?|sections?)\s*(?:[:|»›]|\s[–—-]\s)|filed under\b|tagged with\b"
        r"|posted in\b",
    ),
    ("line", 9, "tags", r"tags?|tagged|categories|topics"),
    # --- copyright, legal, cookies ---------------------------------------------------
    (
        "any",
        12,
        "copyright",
        r"©|\(c\)\s*\d{4}|all rights reserved|all right reserved|all rights are reserved"
        r"|no part of this (?:article|publication|website) may be",
    ),
    ("start", 10, "copyright", r"copyright\s*(?:©|\(c\))?\s*\d{4}\b|copyrights?\s*:"),
    (
        "start",
        16,
        "cookie notice",
        r"(?:we|this (?:web)?site|our (?:web)?site) (?:uses?|serves?) cookies"
        r"|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site,?"
        r" you (?:agree|consent|accept)",
    ),
    (
        "line",
        10,
        "cookie notice",
        r"(?:accept|reject|allow|decline)(?: all)?(?: cookies)?(?: read more)?"
        r"|cookie (?:policy|settings|preferences)|privacy (?:policy|settings)|manage (?:cookies|consent)"
        r"|got it|i agree|ok(?:ay)?",
    ),
    # --- image credits ---------------------------------------------------------------
    (
        "start",
        8,
        "image credit",
        r"\(?(?:featured |file |cover |header |top |lead )?"
        r"(?:image|photo|picture|pic|photograph|graphic|illustration|video)s?(?: credits?| source)?"
        r"\s*(?::|-|–|—|/|by\b)"
        r"|\(?(?:credits?|source|courtesy)\s*(?::|-|–|—)|\(?[a-z]{2,8} photo\s*/",
    ),
    (
        "line",
        10,
        "image credit",
        r"(?:photo|image|picture) (?:credit|courtesy|source)s?|file photo"
        r"|representational(?: image| photo| picture)?|representative (?:image|photo|picture)",
    ),
    # --- navigation ------------------------------------------------------------------
    (
        "line",
        10,
        "navigation",
        r"skip to (?:main )?(?:content|navigation)|back to top|go to top|scroll to top"
        r"|toggle navigation|main menu|menu|search(?: for)?|search \.\.\.|close|open menu|breaking news"
        r"|about(?: us)?|contact(?: us)?|terms(?: (?:of|and) (?:use|service|conditions))?|terms & conditions"
        r"|disclaimer|advertise(?: with us)?|careers|sitemap|imprint|impressum|faqs?",
    ),
    ("start", 10, "navigation", r"you are here\s*:"),
)
