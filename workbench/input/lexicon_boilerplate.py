"""Word lists and patterns for spotting site furniture in scraped news text (data only).

``workbench.input.boilerplate`` compiles and scores these; nothing here decides on its own.

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

The word lists are in ``lexicon_boilerplate.toml`` beside this module, each with why it is there.
They are read once, at import, and become this module's globals under the names they have there
(``globals().update``), so that ``lexicon_boilerplate.NAV_WORDS`` is a plain attribute: a
``frozenset`` for a list of words, a dict for a table, a tuple for an ordered list
(``workbench.input.wordlists`` says how each is read). The patterns and cues are built here.
"""

from __future__ import annotations

from . import wordlists

_WORDS = wordlists.load(
    __name__, by_label=("HTML_NON_TEXT", "FURNITURE_CLASS_PARTS", "FURNITURE_CLASS_TOKENS")
)
globals().update(_WORDS)

Cue = tuple[str, int, str, str]


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

# Words a row of share buttons is made of, and those of which one must be present: the platforms'
# names with the words the data file lists under these names.
SHARE_BUTTON_WORDS = _WORDS["SOCIAL_PLATFORMS"] | _WORDS["SHARE_BUTTON_WORDS"]
SHARE_TRIGGERS = _WORDS["SOCIAL_PLATFORMS"] | _WORDS["SHARE_TRIGGERS"]

# CMS user names that appear after "By" / "Posted by" on self-run sites.
CMS_HANDLES = (
    r"admin|administrator|site admin|editor|editors|editorial|editorial team|editorial staff|editorial desk"
    r"|staff|staff writer|staff reporter|our correspondent|our reporter|correspondent|webmaster|web desk"
    r"|web team|news desk|newsdesk|desk|team|guest|guest author|contributor|author|newsroom|online desk"
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
        r"|copy(?: this)? link|copy url|link copied"
        r"|(?:connect|log ?in|sign ?in|register) to (?:share|comment|reply)(?: and (?:share|comment|reply))?",
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
        rf"|by\s*:?\s*(?:{CMS_HANDLES})\b",
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
        r"|previous (?:post|article|story)|view all(?: posts)?|see all|show more|load more"
        r"|sources?|original (?:article|story|post)|full (?:story|article)",
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
    # A teaser list as a crawler flattens it ("* list 2 of 4<linked headline>"), a gallery counter.
    ("start", 15, "related links", r"(?:list|item|slide|story) \d+ of \d+"),
    # --- embedded players ------------------------------------------------------------
    (
        "line",
        10,
        "media prompt",
        r"listen to (?:this|the) (?:article|story)|listen(?: now)?|audio"
        r"|play(?: video)?|watch(?: now| video| live)?|video|scroll (?:down )?for (?:the )?(?:video|more)",
    ),
    ("any", 15, "media prompt", r"your browser does not support (?:the )?(?:audio|video|html5)"),
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
    (
        "any",
        15,
        "newsletter prompt",
        r"\bget (?:instant |breaking |push |email )?(?:news )?alerts\b"
        r"|\bbe the first to (?:hear|know|find out|learn) (?:when|about|what)\b",
    ),
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

# Separators before a site or section name at the end of a page title ("... | The Daily Courier",
# "... - Wire Service"), written as they appear in raw text (character references included).
TITLE_SEPARATORS = r"\s+(?:\||-|–|—|&#821[12];|&#x201[34];|&[nm]dash;)\s+"

# Furniture glued to article text, marked wherever it stands (``(reason, pattern)``, matched
# case-insensitively per line against the readable text). Each pattern must be furniture by
# itself: no sentence of reporting reads like it.
_CREDIT_WORDS = r"(?:photo|image|picture|pic|video|graphic|illustration|footage|file|credit|courtesy)s?"
INLINE_CUES: tuple[tuple[str, str], ...] = (
    # "[File: Jan Novak/AFP]", "(Image: EPA)", "(AP Photo/Jane Doe)", "(Photo by Jane Doe)"
    (
        "image credit",
        rf"[\[(](?:file |afp |ap |epa |reuters )?{_CREDIT_WORDS}(?: credits?)?\s*(?:[:/]|\bby\b)"
        r"[^\[\]()\n]{1,80}[\])]"
        rf"|[\[(][^\[\]()\n]{{0,40}}\b(?:photo|image|picture)s?\s*/[^\[\]()\n]{{1,60}}[\])]",
    ),
    # "... in Kisumu. Photo/AFP", "... near Talvik. Photo: Jane Doe/EPA" at the end of a caption.
    (
        "image credit",
        r"(?<=[.!?”\"’)] )(?-i:Photo|PHOTO|Image|IMAGE|Picture)\s*[/:]\s*(?-i:[A-Z])[^\n]{0,60}$",
    ),
    (
        "share prompt",
        r"\b(?:connect|log ?in|sign ?in|register) to (?:share|comment|reply)"
        r"(?: and (?:share|comment|reply))?\b",
    ),
    ("share prompt", r"\b(?:click|tap) (?:here )?to (?:share|tweet|e-?mail|print)\b(?: (?:on|via) \w+)?"),
    ("media prompt", r"\byour browser does not support (?:the )?(?:audio|video|html5)[\w ]{0,20}\.?"),
    ("media prompt", r"\bscroll down for (?:the )?video\b"),
    (
        "advertisement",
        r"(?-i:\bADVERTISEMENT\b)|\b(?:story|article) continues below(?: (?:the )?advertisement)?",
    ),
    (
        "newsletter prompt",
        r"\bget (?:instant |breaking |push |email )?(?:news )?alerts(?: and updates)?"
        r"(?: (?:based on|tailored to) [^.\n]{1,40})?\.?"
        r"|\bbe the first to (?:hear|know|find out|learn) (?:when|about|what) [^.\n]{1,60}\.?",
    ),
)
