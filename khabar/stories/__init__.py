"""Stories: group articles from different outlets (group.py) and compare their figures
(compare.py)."""

from khabar.stories.compare import Comparison, Disagreement, LedgerClaim, compare
from khabar.stories.group import Assignment, GroupingParams, StoryArticle, StoryGrouper

__all__ = [
    "Assignment",
    "Comparison",
    "Disagreement",
    "GroupingParams",
    "LedgerClaim",
    "StoryArticle",
    "StoryGrouper",
    "compare",
]
