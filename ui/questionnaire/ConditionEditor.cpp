#include "ConditionEditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>

namespace {
bool numeric(QuestionType type)
{
    return type == QuestionType::Rating || type == QuestionType::Nps || type == QuestionType::Number;
}
} // namespace

ConditionEditor::ConditionEditor(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_question(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_choice(new QComboBox(this))
    , m_number(new QDoubleSpinBox(this))
    , m_json(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_number->setRange(-1e6, 1e6);
    m_number->setDecimals(1);
    m_json->setPlaceholderText(tr("or as JSON, e.g. {\"all\": [ … ]}"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question, 0, 0);
    layout->addWidget(m_operator, 0, 1);
    layout->addWidget(m_choice, 0, 2);
    layout->addWidget(m_number, 0, 2);
    layout->addWidget(m_json, 1, 0, 1, 3);
    layout->addWidget(m_error, 2, 0, 1, 3);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(2, 1);

    connect(m_question, &QComboBox::activated, this, [this] {
        fillOperators();
        fillValues();
        emitFromBuilder();
    });
    connect(m_operator, &QComboBox::activated, this, [this] { emitFromBuilder(); });
    connect(m_choice, &QComboBox::activated, this, [this] { emitFromBuilder(); });
    connect(m_number, &QDoubleSpinBox::editingFinished, this, [this] { emitFromBuilder(); });
    connect(m_json, &QLineEdit::editingFinished, this, [this] { emitFromJson(); });
}

const Question* ConditionEditor::target() const
{
    const QString code = m_question->currentData().toString();
    return code.isEmpty() ? nullptr : m_questionnaire.question(code);
}

void ConditionEditor::setContext(const Questionnaire& questionnaire, const QString& questionCode,
                                 const std::optional<Condition>& condition, bool editable)
{
    m_loading = true;
    m_questionnaire = questionnaire;
    m_questionCode = questionCode;
    m_question->clear();
    m_error->hide();
    if (m_mode == Mode::ShowIf) {
        m_question->addItem(tr("Always shown"), QString());
        // Only questions that come earlier in the form may be used.
        for (const Question* question : m_questionnaire.questionsInOrder()) {
            if (question->code == questionCode)
                break;
            if (question->type == QuestionType::Text || question->type == QuestionType::Date
                || question->type == QuestionType::Time || question->type == QuestionType::Multiple)
                continue;
            const QString text = question->text.value(m_questionnaire.sourceLanguage);
            m_question->addItem(QStringLiteral("%1  %2").arg(question->code, text.left(60)), question->code);
        }
    } else {
        m_question->addItem(tr("Never required"), QString());
        m_question->addItem(tr("When this answer…"), questionCode);
    }
    const QJsonObject json = condition ? condition->toJson() : QJsonObject();
    const bool simple = !condition || (json.contains(QStringLiteral("op")) && json.value(QStringLiteral("op")).toString() != QLatin1String("any_of"));
    m_json->setText(condition ? QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) : QString());
    if (simple && condition) {
        const QString code = json.value(QStringLiteral("q")).toString(questionCode);
        m_question->setCurrentIndex(std::max(0, m_question->findData(code)));
    } else {
        m_question->setCurrentIndex(0);
    }
    fillOperators();
    fillValues();
    if (simple && condition) {
        m_operator->setCurrentIndex(std::max(0, m_operator->findData(json.value(QStringLiteral("op")).toString())));
        const QJsonValue value = json.value(QStringLiteral("value"));
        if (value.isDouble())
            m_number->setValue(value.toDouble());
        else
            m_choice->setCurrentIndex(std::max(0, m_choice->findData(value.toString())));
    }
    m_question->setEnabled(editable && simple);
    m_operator->setEnabled(editable && simple);
    m_choice->setEnabled(editable && simple);
    m_number->setEnabled(editable && simple);
    m_json->setReadOnly(!editable);
    m_loading = false;
}

void ConditionEditor::fillOperators()
{
    m_operator->clear();
    const Question* question = target();
    m_operator->setVisible(question != nullptr);
    if (!question)
        return;
    m_operator->addItem(tr("is"), QStringLiteral("eq"));
    m_operator->addItem(tr("is not"), QStringLiteral("ne"));
    if (numeric(question->type)) {
        m_operator->addItem(tr("is below"), QStringLiteral("lt"));
        m_operator->addItem(tr("is at most"), QStringLiteral("le"));
        m_operator->addItem(tr("is above"), QStringLiteral("gt"));
        m_operator->addItem(tr("is at least"), QStringLiteral("ge"));
    }
}

void ConditionEditor::fillValues()
{
    m_choice->clear();
    const Question* question = target();
    const bool isNumeric = question && numeric(question->type);
    m_choice->setVisible(question && !isNumeric);
    m_number->setVisible(isNumeric);
    if (!question)
        return;
    if (isNumeric) {
        m_number->setRange(question->type == QuestionType::Number ? question->minimum.value_or(-1e6) : question->scaleMinimum(),
                           question->type == QuestionType::Number ? question->maximum.value_or(1e6) : question->scaleMaximum());
        return;
    }
    Question withOptions = *question;
    withOptions.ensureYesNoOptions();
    for (const QuestionOption& option : withOptions.options) {
        const QString label = option.label.value(m_questionnaire.sourceLanguage, option.code);
        m_choice->addItem(QStringLiteral("%1 (%2)").arg(label, option.code), option.code);
    }
}

void ConditionEditor::emitFromBuilder()
{
    if (m_loading)
        return;
    const Question* question = target();
    if (!question) {
        emit conditionEdited(std::nullopt);
        return;
    }
    QJsonObject json{{QStringLiteral("op"), m_operator->currentData().toString()}};
    if (question->code != m_questionCode || m_mode == Mode::ShowIf)
        json.insert(QStringLiteral("q"), question->code);
    if (numeric(question->type))
        json.insert(QStringLiteral("value"), m_number->value());
    else
        json.insert(QStringLiteral("value"), m_choice->currentData().toString());
    QString error;
    const auto condition = Condition::fromJson(json, &error);
    if (condition)
        emit conditionEdited(condition);
}

void ConditionEditor::emitFromJson()
{
    if (m_loading || m_json->isReadOnly())
        return;
    const QString text = m_json->text().trimmed();
    if (text.isEmpty()) {
        m_error->hide();
        emit conditionEdited(std::nullopt);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    QString error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
    std::optional<Condition> condition;
    if (error.isEmpty())
        condition = Condition::fromJson(document.object(), &error);
    if (!condition) {
        m_error->setText(tr("Not a condition: %1").arg(error));
        m_error->show();
        return;
    }
    m_error->hide();
    emit conditionEdited(condition);
}
