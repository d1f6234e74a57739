//! How applications read: questions, lists, and what the applicant and the committee are told.

use super::service::Question;
use crate::core::reply::Msg;
use crate::store::ApplicationRow;

/// Question `step` (from 0) of `total`.
pub fn question(question: &Question, step: usize, total: usize) -> Msg {
    let msg = Msg::new("apply-question").num("number", step as i64 + 1).num("total", total as i64);
    match question {
        Question::Standard(key) => msg.phrase("question", Msg::new(key)),
        Question::Body(text) => msg.phrase("question", Msg::new("apply-q-body").text("text", text)),
    }
}

/// The short label of a question in a form: a standard question's own, or "Question N".
pub fn field(question: &Question, step: usize) -> Msg {
    match question {
        Question::Standard(key) => Msg::new(&key.replace("apply-q-", "apply-field-")),
        Question::Body(_) => Msg::new("apply-field-own").num("number", step as i64 + 1),
    }
}

/// A question in full, as a form shows it inside its field.
pub fn hint(question: &Question) -> Msg {
    match question {
        Question::Standard(key) => Msg::new(key),
        Question::Body(text) => Msg::new("apply-q-body").text("text", text),
    }
}

/// The title of a form of questions `from`..`to` (from 0) of `total`.
pub fn form_title(from: usize, to: usize, total: usize) -> Msg {
    Msg::new("apply-form-title").num("from", from as i64 + 1).num("to", to as i64).num("total", total as i64)
}

/// Question `step` (from 0) in the list `apply questions` shows.
pub fn question_line(question: &Question, step: usize) -> Msg {
    let msg = Msg::new("apply-question-line").num("number", step as i64 + 1);
    match question {
        Question::Standard(key) => msg.phrase("question", Msg::new(key)),
        Question::Body(text) => msg.phrase("question", Msg::new("apply-q-body").text("text", text)),
    }
}

/// An answer as the committee reads it, with its question as it was asked.
pub fn answer_line(index: usize, question: &str, answer: &str) -> Msg {
    let asked = if question.starts_with("apply-q-") {
        Msg::new(question)
    } else {
        Msg::new("apply-q-body").text("text", question)
    };
    Msg::new("application-answer").num("number", index as i64 + 1).phrase("question", asked).text("answer", answer)
}

pub fn answer_noted(answer: &str) -> Msg {
    Msg::new("apply-answer-noted").text("answer", answer)
}

/// The refusal of a second application to the same body.
pub fn already(open: &ApplicationRow) -> Msg {
    Msg::new("err-apply-already").num("id", open.id).code("body", &open.body_short).code("status", &open.status)
}

/// The refusal of a decision on an application that is no longer waiting for one.
pub fn not_open(application: &ApplicationRow) -> Msg {
    Msg::new("err-application-decided").num("id", application.id).code("status", &application.status)
}

/// One of the person's own applications.
pub fn own_line(application: &ApplicationRow) -> Msg {
    Msg::new("apply-status-line")
        .num("id", application.id)
        .code("body", &application.body_short)
        .code("status", &application.status)
}

/// One application as the committee lists it.
pub fn staff_line(application: &ApplicationRow) -> Msg {
    Msg::new("application-line")
        .num("id", application.id)
        .text("applicant", &application.applicant)
        .code("status", &application.status)
        .time("created", crate::store::instant(application.created_at))
}

pub fn decided(application: &ApplicationRow, status: &str) -> Msg {
    Msg::new("application-decided")
        .num("id", application.id)
        .text("applicant", &application.applicant)
        .code("body", &application.body_short)
        .code("status", status)
}
