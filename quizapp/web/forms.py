"""The forms of the web app (Flask-WTF: each carries its CSRF token)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)  # fmt: skip
from wtforms.validators import DataRequired, Email, Length, NumberRange, Optional

from ..quizzes import FEEDBACK


class LoginForm(FlaskForm):
    email = StringField("Email", validators=[DataRequired(), Email(check_deliverability=False), Length(max=200)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])


class ArticleForm(FlaskForm):
    file = FileField("Article file (.txt, .md or .html)")
    text = TextAreaField("…or paste the article: the first line is its title", validators=[Length(max=500_000)])


class ItemForm(FlaskForm):
    """Every field an item can have; the page shows the ones its type uses (editing.problems checks them)."""

    prompt = TextAreaField("Question", validators=[Length(max=400)])
    truth = StringField("The statement is")  # "true" or "false", from two radio buttons the page draws
    choices = TextAreaField("Choices: the people to pick from, one per line", validators=[Length(max=1000)])
    answer = StringField("Answer", validators=[Length(max=200)])
    accepted = TextAreaField("Other accepted answers, one per line", validators=[Length(max=1000)])
    evidence = TextAreaField("Evidence: the sentence of the article that settles it", validators=[Length(max=2000)])
    explanation = TextAreaField("Explanation shown after answering (optional)", validators=[Length(max=1000)])


class ClassroomForm(FlaskForm):
    name = StringField("Class name", validators=[DataRequired(), Length(max=120)])


class RenameForm(FlaskForm):
    title = StringField("New name", validators=[DataRequired(), Length(max=200)])


AUDIENCE_MESSAGE = "Choose a class, or list the quiz on the home page for everyone."


class QuizForm(FlaskForm):
    title = StringField("Quiz title", validators=[DataRequired(), Length(max=200)])
    audience = SelectField("Who takes it", validators=[DataRequired(message=AUDIENCE_MESSAGE)])
    who_said = IntegerField("Who said what", validators=[Optional(), NumberRange(0, 50)])
    true_false = IntegerField("True or false", validators=[Optional(), NumberRange(0, 50)])
    fill_in = IntegerField("Fill in", validators=[Optional(), NumberRange(0, 50)])


class JoinForm(FlaskForm):
    code = StringField("Class code", validators=[DataRequired(), Length(min=4, max=12)])
    name = StringField("Your name", validators=[DataRequired(), Length(max=80)])
    next = HiddenField()


class SignInForm(FlaskForm):
    code = StringField("Class code", validators=[Optional(), Length(max=12)])
    personal = StringField("Your personal code", validators=[DataRequired(), Length(max=20)])
    next = HiddenField()


class QuizSettingsForm(FlaskForm):
    max_attempts = IntegerField("Attempts allowed (empty: no limit)", validators=[Optional(), NumberRange(1, 99)])
    feedback = RadioField("When students see their results", default="immediate")
    closes_at = DateTimeLocalField("Closes by itself at (optional)", validators=[Optional()],
                                   format=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"])  # fmt: skip

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.feedback.choices = list(FEEDBACK.items())  # set here: wtforms warns about tuples given to the field


class StudentNameForm(FlaskForm):
    """A student's new name: only the teacher renames (an article, quiz or class takes RenameForm)."""

    name = StringField("New name", validators=[DataRequired(), Length(max=80)])


class MergeForm(FlaskForm):
    other = SelectField("The other record of this student", coerce=int)
    confirm = BooleanField("Move its attempts and flashcards here, then delete it", validators=[DataRequired()])


class RemoveForm(FlaskForm):
    confirm = BooleanField("Delete this student with all their attempts and flashcards", validators=[DataRequired()])


class EmptyForm(FlaskForm):
    """A button that changes something: only the CSRF token."""
