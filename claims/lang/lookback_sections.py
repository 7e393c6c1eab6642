"""The words of ``[extraction.periods]`` that follow an earlier time's figure in a language that
puts its links after the noun: the figures the story's figure follows (claims.binding_asides)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class LookbackWords(BaseModel):
    """Right after an earlier time's figure, or after the last figure of a list of them: what
    the story's figure follows ("1분기 0.4%, 2분기 0.5%에 이어 세 분기 연속", "2010년 2분기
    1.7%를 기록한 이후"), a look back that does not move the story's time."""

    lookback_after: list[str] = Field(default_factory=list)
