#include "ReportEntryDialog.h"

#include "commands/ReportCommands.h"
#include "project/Project.h"
#include "questionnaire/QuestionnairePreview.h"
#include "questionnaire/ScoringPlan.h"
#include "widgets/MessageBox.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int kProblemsShown = 8; // more would push the form off the screen

// "9:05" and "905" are what people type for 09:05.
QString normalisedTime(const QString& text)
{
    QString digits = text.trimmed();
    digits.remove(QLatin1Char(':'));
    if (digits.isEmpty())
        return {};
    if (digits.size() == 3)
        digits.prepend(QLatin1Char('0'));
    return digits.left(2) + QLatin1Char(':') + digits.mid(2);
}

} // namespace

ReportEntryDialog::ReportEntryDialog(Project* project, ReportEntry entry, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_entry(std::move(entry))
    , m_saved(m_entry.stored())
    , m_form(new QuestionnairePreview(this))
    , m_date(new QDateEdit(this))
    , m_time(new QLineEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_staff(new QLineEdit(this))
    , m_comment(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_draftButton(new QPushButton(tr("Save &draft"), this))
    , m_submitButton(new QPushButton(tr("&Submit"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    const ReportEntry::Visit& visit = m_entry.visit();
    setObjectName(QStringLiteral("reportEntryDialog"));
    setWindowTitle(tr("Report of visit %1").arg(visit.id));
    setSizeGripEnabled(true);

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("visitHeading"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    const QString scenario = visit.scenarioTitle.isEmpty() ? visit.scenarioCode
                                                           : tr("%1 (%2)").arg(visit.scenarioTitle, visit.scenarioCode);
    heading->setText(tr("Visit %1 · wave %2 · %3 %4 · %5 · shopper %6")
                         .arg(visit.id)
                         .arg(visit.wave, visit.locationCode, visit.locationName, scenario,
                              visit.shopperCode.isEmpty() ? tr("none") : visit.shopperCode));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_state->setObjectName(QStringLiteral("reportState"));
    m_state->setWordWrap(true);

    // The visit's own facts, on two rows above the questions.
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::fromString(m_saved.visitedOn, Qt::ISODate));
    m_date->setToolTip(tr("The day of the visit; the planned day is %1")
                           .arg(visit.plannedDate.isEmpty() ? tr("not set") : visit.plannedDate));
    m_time->setPlaceholderText(tr("14:05"));
    m_time->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^(([01]?\\d|2[0-3]):?[0-5]\\d)?$")), m_time));
    m_time->setText(m_saved.visitedAt);
    m_time->setMaximumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00")) * 2);
    m_minutes->setRange(-1, 24 * 60);
    m_minutes->setSpecialValueText(tr("not recorded"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(m_saved.minutes.value_or(-1));
    m_staff->setText(m_saved.staff);
    auto* staffLabel = new QLabel(this);
    if (visit.staffNamesAllowed) {
        staffLabel->setText(tr("Served &by:"));
        m_staff->setPlaceholderText(tr("name or description of the staff member"));
    } else {
        staffLabel->setText(tr("Served &by (no names):"));
        m_staff->setPlaceholderText(tr("a description only, e.g. young man at the till"));
        m_staff->setToolTip(tr("This client forbids staff names in reports: describe the person instead."));
    }
    staffLabel->setBuddy(m_staff);
    m_comment->setText(m_saved.comment);
    m_comment->setPlaceholderText(tr("the shopper's general remarks on the visit"));

    auto* facts = new QGridLayout;
    auto addFact = [&](int row, int column, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        facts->addWidget(label, row, column);
        facts->addWidget(field, row, column + 1);
    };
    addFact(0, 0, tr("Visit &date:"), m_date);
    addFact(0, 2, tr("&Time:"), m_time);
    addFact(0, 4, tr("D&uration:"), m_minutes);
    facts->addWidget(staffLabel, 1, 0);
    facts->addWidget(m_staff, 1, 1, 1, 6);
    auto* commentLabel = new QLabel(tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    facts->addWidget(commentLabel, 2, 0);
    facts->addWidget(m_comment, 2, 1, 1, 6);
    facts->setColumnStretch(6, 1);

    m_form->setQuestionnaire(m_entry.questionnaire());
    m_form->setLanguage(m_saved.language);
    m_form->setAnswers(m_saved.answers);
    m_form->setClearButtonVisible(false);

    m_missing->setObjectName(QStringLiteral("missingAnswers"));
    m_missing->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette warning = m_problems->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problems->setPalette(warning);
    m_problems->hide();

    // Enter moves through the form; only an explicit key or click saves.
    for (QPushButton* button : {m_draftButton, m_submitButton, m_closeButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_submitButton->setToolTip(tr("Check the report and hand it to review (Ctrl+Enter)"));
    m_draftButton->setToolTip(tr("Keep the report as it is, unsubmitted, to finish later (Ctrl+S)"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_draftButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_submitButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_draftButton, &QPushButton::clicked, this, &ReportEntryDialog::saveDraft);
    connect(m_submitButton, &QPushButton::clicked, this, &ReportEntryDialog::submit);
    connect(m_closeButton, &QPushButton::clicked, this, &ReportEntryDialog::reject);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (m_submitButton->isEnabled())
                submit();
        });
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] {
        if (m_draftButton->isEnabled())
            saveDraft();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_state);
    layout->addLayout(facts);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_missing);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    const bool editable = !m_entry.readOnly();
    for (QWidget* field : {static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_time), static_cast<QWidget*>(m_minutes),
                           static_cast<QWidget*>(m_staff), static_cast<QWidget*>(m_comment)})
        field->setEnabled(editable);
    m_form->scrollArea()->widget()->setEnabled(editable);
    m_submitButton->setVisible(editable);
    m_draftButton->setVisible(m_entry.canSaveDraft());
    if (visit.submitted && editable)
        m_submitButton->setText(tr("&Submit correction"));

    connect(m_form, &QuestionnairePreview::answersChanged, this, &ReportEntryDialog::updateStatus);
    connect(m_form, &QuestionnairePreview::endReached, this, [this] { m_submitButton->setFocus(Qt::TabFocusReason); });
    // Enter in a fact moves on to the next, as Tab does (Tab in a date moves between its day,
    // month and year); Enter in the last one starts the questions.
    for (QWidget* fact : {static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_time), static_cast<QWidget*>(m_minutes),
                          static_cast<QWidget*>(m_staff), static_cast<QWidget*>(m_comment)})
        fact->installEventFilter(this);
    setTabOrder(m_date, m_time);
    setTabOrder(m_time, m_minutes);
    setTabOrder(m_minutes, m_staff);
    setTabOrder(m_staff, m_comment);
    updateStatus();
    resize(900, 760);
    m_date->setFocus();
}

ReportEntryDialog::~ReportEntryDialog() = default;

bool ReportEntryDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* press = static_cast<QKeyEvent*>(event);
        const bool enter = (press->key() == Qt::Key_Return || press->key() == Qt::Key_Enter)
                           && (press->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        const QList<QWidget*> facts{m_date, m_time, m_minutes, m_staff, m_comment};
        const qsizetype index = facts.indexOf(static_cast<QWidget*>(watched));
        if (enter && index >= 0) {
            if (index + 1 < facts.size()) {
                facts[index + 1]->setFocus(Qt::TabFocusReason);
            } else {
                for (const auto& question : m_entry.plan().questions())
                    if (m_form->focusQuestion(question.code))
                        break;
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool ReportEntryDialog::enter(QWidget* parent, Project* project, qint64 visitId)
{
    QString error;
    auto entry = ReportEntry::open(project->database(), visitId, &error);
    if (!entry) {
        MessageBox::warning(parent, tr("Enter report"), error);
        return false;
    }
    ReportEntryDialog dialog(project, std::move(*entry), parent);
    return dialog.exec() == QDialog::Accepted;
}

ReportEntry::Report ReportEntryDialog::report() const
{
    ReportEntry::Report report;
    report.language = m_form->language();
    report.visitedOn = m_date->date().toString(Qt::ISODate);
    report.visitedAt = normalisedTime(m_time->text());
    if (m_minutes->value() >= 0)
        report.minutes = m_minutes->value();
    report.staff = m_staff->text().trimmed();
    report.comment = m_comment->text().trimmed();
    report.answers = m_form->formAnswers();
    return report;
}

bool ReportEntryDialog::isModified() const
{
    return !(report() == m_saved);
}

void ReportEntryDialog::updateStatus()
{
    const ReportEntry::Visit& visit = m_entry.visit();
    m_state->setText(m_entry.readOnly()  ? tr("Approved: this report counts in the results and can no longer be changed.")
                     : visit.submitted   ? tr("Submitted for review: a correction is submitted again.")
                     : visit.responseId  ? tr("Draft: not yet submitted.")
                                         : tr("New report."));
    // Read the form once: every report() collects all of its answers.
    const ReportEntry::Report current = report();
    const FormState state = m_entry.state(current);
    const std::vector<int> missing = state.unansweredMandatory(m_entry.plan());
    const int comments = int(m_entry.missingComments(current, state).size());
    if (missing.empty() && comments == 0)
        m_missing->setText(tr("Every mandatory question is answered."));
    else if (comments == 0)
        m_missing->setText(tr("%n mandatory question(s) still without an answer.", nullptr, int(missing.size())));
    else
        m_missing->setText(tr("%n mandatory question(s) still without an answer, %1 required comment(s) missing.", nullptr,
                              int(missing.size()))
                               .arg(comments));
}

void ReportEntryDialog::showProblems(const QList<ReportEntry::Problem>& problems)
{
    QStringList lines;
    for (qsizetype i = 0; i < problems.size() && i < kProblemsShown; ++i)
        lines << problems[i].message;
    if (problems.size() > kProblemsShown)
        lines << tr("… and %n more.", nullptr, int(problems.size() - kProblemsShown));
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    if (problems.isEmpty())
        return;
    // The keyboard goes where the first problem is.
    const QString field = problems.first().field;
    if (field == QLatin1String("visited_on"))
        m_date->setFocus();
    else if (field == QLatin1String("visited_at"))
        m_time->setFocus();
    else if (field == QLatin1String("minutes"))
        m_minutes->setFocus();
    else if (!field.isEmpty())
        m_form->focusQuestion(field);
}

bool ReportEntryDialog::save(bool submitting)
{
    const ReportEntry::Report current = report();
    const QList<ReportEntry::Problem> problems = m_entry.check(current, submitting);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    QString error;
    if (!Command::saveReport(m_project, m_entry, current, submitting, &error)) {
        showProblems({{QString(), error}});
        return false;
    }
    m_saved = current;
    accept();
    return true;
}

bool ReportEntryDialog::saveDraft()
{
    return save(false);
}

bool ReportEntryDialog::submit()
{
    return save(true);
}

void ReportEntryDialog::reject()
{
    if (!m_entry.readOnly() && isModified()) {
        const bool canDraft = m_entry.canSaveDraft();
        const auto answer = MessageBox::question(
            this, tr("Unsaved report"),
            canDraft ? tr("The report of visit %1 has changes that are not saved. Save them as a draft?").arg(m_entry.visit().id)
                     : tr("The correction of visit %1's report is not submitted. Close without it?").arg(m_entry.visit().id),
            canDraft ? QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel : QMessageBox::Discard | QMessageBox::Cancel,
            canDraft ? QMessageBox::Save : QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            saveDraft();
            return;
        }
    }
    QDialog::reject();
}
