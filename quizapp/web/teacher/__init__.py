"""Teachers: one blueprint, its views grouped by what the teacher works on.

account (sign-in, dashboard), articles (articles and their items), classes (and their rosters:
personal codes, renaming, merging, removing students, resetting attempts), quizzes (building, settings,
publishing, previewing, opening, archiving, exports) and review (scores, late submissions, regrading,
marks by hand); each module adds its views to the blueprint, and each has its templates in
templates/teacher/<module>/.
"""

from . import account, articles, classes, quizzes, review
from .blueprint import bp

__all__ = ["bp", "account", "articles", "classes", "quizzes", "review"]
