"""The web layer: blueprints of thin views over quizapp.quizzes; it never parses an article."""
