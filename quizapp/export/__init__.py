"""Exporters: quiz items (shared/ITEMS.md shape) out to Anki, Moodle GIFT, CSV and Quizlet."""
