"""The Korean analyser's morpheme tags (the Sejong tag set, as ``claims.kiwi_hook`` hands them
on) that the counted readers ask about by name: one place for each, so that two readers never
spell one tag twice ("-지만" of "내수 2.9% 늘었지만" is a connective ending to both the reader of a
figure's event and the reader of its condition)."""

from __future__ import annotations

ADNOMINAL = "ETM"  # the adnominal ending: "다친", "숨진", "본"
VERB_SUFFIX = "XSV"  # "대피한": the suffix that makes a noun a verb
TOPIC = "JX"  # the auxiliary particle of a topic: "수출은", "정부소비도"
SUBJECT_CASE = "JKS"  # the subject case particle: "기계류가", "건물건설이"
CLAUSE_PARTICLES = frozenset({TOPIC, SUBJECT_CASE})  # a topic or subject opens the main clause
PRE_FINAL = "EP"  # the pre-final ending: "었" (past), "겠" (future)
FINAL = "EF"  # the final ending: "감소했다", "밝혔습니다"
CONNECTIVE = "EC"  # the connective ending: "늘었지만", "줄었고", "투입돼"
QUOTE_OPEN = "SSO"  # an opening quote or bracket: '"탄핵해야"'
ELLIPSIS = "SE"  # "…": a headline's break between two clauses
ADVERBIAL_CASE = "JKB"  # the adverbial case particle: "보다", "에", "에서"
BOUND_NOUN = "NNB"  # "명", "원", "달", "측": a counter or a bound noun
DETERMINER = "MM"  # "한 달 전보다": "한"
NOUN_PREFIX = "XPN"  # "비" of "비공식"
