#include "ReportDetailPanel.h"

#include "models/DomainLabels.h"
#include "project/Project.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>

ReportDetailPanel::ReportDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_flags(new QLabel(this))
    , m_answers(new QTreeWidget(this))
    , m_decisions(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::RichText);
    m_flags->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_flags, &QLabel::linkActivated, this, &ReportDetailPanel::checkRequested);
    m_answers->setHeaderLabels({tr("Question"), tr("Answer"), tr("Comment")});
    m_answers->setRootIsDecorated(false);
    m_answers->setAlternatingRowColors(true);
    m_answers->setWordWrap(true);
    m_answers->header()->setStretchLastSection(true);
    m_decisions->setHeaderLabels({tr("When"), tr("Decision"), tr("By"), tr("Reason")});
    m_decisions->setRootIsDecorated(false);
    m_decisions->header()->setStretchLastSection(true);

    auto* answers = new QWidget(this);
    auto* answersLayout = new QVBoxLayout(answers);
    answersLayout->setContentsMargins(0, 0, 0, 0);
    answersLayout->addWidget(new QLabel(tr("<b>Answers</b>"), answers));
    answersLayout->addWidget(m_answers);
    auto* decisions = new QWidget(this);
    auto* decisionsLayout = new QVBoxLayout(decisions);
    decisionsLayout->setContentsMargins(0, 0, 0, 0);
    decisionsLayout->addWidget(new QLabel(tr("<b>Decisions</b>"), decisions));
    decisionsLayout->addWidget(m_decisions);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(answers);
    splitter->addWidget(decisions);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("<b>Quality control</b>"), this));
    layout->addWidget(m_flags);
    layout->addWidget(splitter, 1);
    setMinimumWidth(380);
    showReport(nullptr, 0);
}

void ReportDetailPanel::showReport(Project* project, qint64 responseId)
{
    m_answers->clear();
    m_decisions->clear();
    QSqlQuery query(project ? project->database() : QSqlDatabase());
    if (project && responseId > 0) {
        query.prepare(QStringLiteral(
            "SELECT v.id, w.code, l.code, l.name, sc.code, ifnull(sh.code, ''), r.visited_on, r.visited_at, r.duration_minutes, "
            "r.staff_description, v.status, r.comment FROM response r JOIN visit v ON v.id = r.visit_id JOIN wave w ON w.id = v.wave_id "
            "JOIN location l ON l.id = v.location_id JOIN scenario sc ON sc.id = v.scenario_id LEFT JOIN shopper sh ON sh.id = v.shopper_id "
            "WHERE r.id = ?"));
        query.addBindValue(responseId);
    }
    if (!project || responseId <= 0 || !query.exec() || !query.next()) {
        m_summary->setText(tr("Select a report to review it."));
        m_flags->clear();
        return;
    }
    const QLocale locale;
    const QDate date = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    QString text = tr("<b>Report of visit %1</b> · %2 · %3").arg(query.value(0).toString(), query.value(1).toString().toHtmlEscaped(),
                                                                 DomainLabels::label(DomainLabels::VisitStatus, query.value(10).toString()));
    text += QStringLiteral("<br>") + tr("%1 %2, scenario %3, shopper %4").arg(query.value(2).toString().toHtmlEscaped(),
                                                                            query.value(3).toString().toHtmlEscaped(),
                                                                            query.value(4).toString().toHtmlEscaped(),
                                                                            query.value(5).toString().toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("%1 at %2, %3 min").arg(date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString(),
                                                               query.value(7).isNull() ? tr("no time") : query.value(7).toString(),
                                                               query.value(8).isNull() ? tr("?") : query.value(8).toString());
    if (!query.value(9).toString().isEmpty())
        text += QStringLiteral("<br>") + tr("Served by: %1").arg(query.value(9).toString().toHtmlEscaped());
    if (!query.value(11).toString().isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(query.value(11).toString().toHtmlEscaped());
    m_summary->setText(text);

    // The answers in form order, in the programme's source language.
    QSqlQuery answers(project->database());
    answers.prepare(QStringLiteral(
        "SELECT q.code, (SELECT qt.text FROM question_text qt WHERE qt.question_id = q.id AND qt.language = p.source_language), "
        "CASE WHEN a.option_id IS NOT NULL THEN coalesce((SELECT ot.label FROM option_text ot WHERE ot.option_id = a.option_id "
        "AND ot.language = p.source_language), o.code) "
        "WHEN a.number IS NOT NULL THEN a.number WHEN a.text IS NOT NULL THEN a.text "
        "ELSE (SELECT group_concat(coalesce((SELECT ot.label FROM option_text ot WHERE ot.option_id = c.option_id "
        "AND ot.language = p.source_language), co.code), '; ') FROM answer_choice c JOIN question_option co ON co.id = c.option_id "
        "WHERE c.response_id = a.response_id AND c.question_id = a.question_id) END, ifnull(a.comment, ''), ifnull(o.is_na, 0) "
        "FROM answer a JOIN question q ON q.id = a.question_id JOIN section s ON s.id = q.section_id "
        "LEFT JOIN question_option o ON o.id = a.option_id, programme p WHERE a.response_id = ? ORDER BY s.position, q.position"));
    answers.addBindValue(responseId);
    answers.exec();
    while (answers.next()) {
        auto* item = new QTreeWidgetItem(m_answers, {answers.value(0).toString(), answers.value(2).toString(), answers.value(3).toString()});
        item->setToolTip(0, answers.value(1).toString());
        item->setToolTip(2, answers.value(3).toString());
        if (answers.value(4).toBool())
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_answers->resizeColumnToContents(0);
    m_answers->resizeColumnToContents(1);
    // A long multiple choice would push the comments out of sight.
    m_answers->setColumnWidth(1, std::min(m_answers->columnWidth(1), 200));

    QSqlQuery decisions(project->database());
    decisions.prepare(QStringLiteral("SELECT decided_at, decision, decided_by, reason FROM qc_decision WHERE response_id = ? ORDER BY id"));
    decisions.addBindValue(responseId);
    decisions.exec();
    while (decisions.next()) {
        const QDateTime at = QDateTime::fromString(decisions.value(0).toString(), Qt::ISODate);
        const QString decision = decisions.value(1).toString() == QLatin1String("approved") ? tr("Approved") : tr("Sent back");
        auto* item = new QTreeWidgetItem(m_decisions, {at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat)
                                                                    : decisions.value(0).toString(),
                                                       decision, decisions.value(2).toString(), decisions.value(3).toString()});
        item->setToolTip(3, decisions.value(3).toString());
    }
    for (int column = 0; column < 3; ++column)
        m_decisions->resizeColumnToContents(column);
}

void ReportDetailPanel::showFlags(const QString& html)
{
    m_flags->setText(html.isEmpty() ? QStringLiteral("<a href=\"check\">%1</a>").arg(tr("Check this wave's reports"))
                                    : html);
}
