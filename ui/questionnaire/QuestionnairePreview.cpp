#include "QuestionnairePreview.h"

#include "i18n/Translations.h"
#include "questionnaire/FormState.h"
#include "questionnaire/ScoringPlan.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// Choice answers, whatever the type, are kept by option code or scale value; a yes/no question
// that becomes a single choice with the same codes keeps its answer.
int answerFamily(QuestionType type)
{
    switch (type) {
    case QuestionType::YesNo:
    case QuestionType::Single:
    case QuestionType::Rating:
    case QuestionType::Nps:
        return 0;
    default:
        return int(type) + 1;
    }
}

// Option labels become button texts, where "&" would mark a shortcut.
QString buttonText(const QString& text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

// A few lines high: enough to write in, small enough to keep the form readable.
void setLinesHigh(QPlainTextEdit* edit, int lines)
{
    const int margins = 2 * (edit->frameWidth() + int(std::ceil(edit->document()->documentMargin())));
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + margins + 2);
}

// Help texts and hints: smaller and greyed, so the questions stand out.
void setSecondary(QLabel* label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

constexpr int kMaxScalePoints = 101; // a guard against absurd scales, not a format rule
constexpr int kMaxScaleWidth = 480;  // pixels a scale may widen to for its end labels

} // namespace

QuestionnairePreview::QuestionnairePreview(QWidget* parent)
    : QWidget(parent)
    , m_plan(std::make_unique<ScoringPlan>(m_questionnaire))
    , m_languageBox(new QComboBox(this))
    , m_clearButton(new QPushButton(tr("&Clear answers"), this))
    , m_scoreLabel(new QLabel(this))
    , m_keyHint(new QLabel(this))
    , m_scrollArea(new QScrollArea(this))
{
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageBox);
    m_languageBox->setObjectName(QStringLiteral("previewLanguage"));
    m_languageBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clearButton->setObjectName(QStringLiteral("clearAnswers"));
    m_clearButton->setToolTip(tr("Forget every answer and start the form again"));

    m_scoreLabel->setObjectName(QStringLiteral("visitScore"));
    QFont font = m_scoreLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_scoreLabel->setFont(font);
    m_scoreLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_scrollArea->setObjectName(QStringLiteral("previewForm"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::StyledPanel);

    auto* header = new QHBoxLayout;
    header->addWidget(languageLabel);
    header->addWidget(m_languageBox);
    header->addStretch(1);
    header->addWidget(m_clearButton);

    m_keyHint->setObjectName(QStringLiteral("keyHint"));
    m_keyHint->setWordWrap(true);
    m_keyHint->setText(tr("Keys: 1–9 or an option's first letter choose it, a scale takes its number, − is N/A, Delete clears, "
                          "Enter or Tab goes to the next question."));
    setSecondary(m_keyHint);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_scoreLabel);
    layout->addWidget(m_keyHint);
    layout->addWidget(m_scrollArea, 1);

    // The question under the keyboard stands out, and the form scrolls to keep it in view.
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        const int question = m_questionOf.value(now, m_commentOf.value(now, -1));
        if (question >= 0)
            setCurrentQuestion(question);
    });

    connect(m_languageBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setLanguage(m_languageBox->itemData(index).toString());
    });
    connect(m_clearButton, &QPushButton::clicked, this, &QuestionnairePreview::clearAnswers);

    m_language = m_questionnaire.sourceLanguage;
    setupLanguages();
    rebuild({});
}

QuestionnairePreview::~QuestionnairePreview()
{
    // QWidget's destructor still moves the focus, when this object's members are gone.
    disconnect(m_focusWatch);
}

void QuestionnairePreview::setQuestionnaire(const Questionnaire& questionnaire)
{
    const QHash<QString, KeptAnswer> kept = keptAnswers();
    m_questionnaire = questionnaire;
    m_plan = std::make_unique<ScoringPlan>(m_questionnaire);
    if (m_language.isEmpty() || !m_questionnaire.languages.contains(m_language))
        m_language = m_questionnaire.sourceLanguage;
    setupLanguages();
    rebuild(kept);
}

void QuestionnairePreview::setLanguage(const QString& language)
{
    const QString chosen = m_questionnaire.languages.contains(language) ? language : m_questionnaire.sourceLanguage;
    if (chosen == m_language)
        return;
    const QHash<QString, KeptAnswer> kept = keptAnswers();
    m_language = chosen;
    setupLanguages();
    // Rebuilding is the one path for every text; the answers survive it as they do an edit.
    rebuild(kept);
}

void QuestionnairePreview::setupLanguages()
{
    const QSignalBlocker blocker(m_languageBox);
    m_languageBox->clear();
    for (const QString& code : m_questionnaire.languages)
        m_languageBox->addItem(tr("%1 (%2)").arg(Translations::nativeName(code), code), code);
    if (m_languageBox->findData(m_language) < 0)
        m_languageBox->addItem(tr("%1 (%2)").arg(Translations::nativeName(m_language), m_language), m_language);
    m_languageBox->setCurrentIndex(m_languageBox->findData(m_language));
    m_languageBox->setEnabled(m_languageBox->count() > 1);
    // The form's own words (Yes, No, N/A...) follow the form's language, not the program's.
    m_formTranslator = std::make_unique<QTranslator>();
    // Without a translation for the language the form words stay in English.
    static_cast<void>(m_formTranslator->load(QLocale(m_language), QStringLiteral("shopscope"), QStringLiteral("_"),
                                             QStringLiteral(":/i18n")));
}

QString QuestionnairePreview::formText(const char* source) const
{
    const QString translated = m_formTranslator->translate("QuestionnairePreview", source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString QuestionnairePreview::localized(const LocalizedText& text, bool* missing) const
{
    *missing = false;
    const QString own = text.value(m_language);
    if (!own.isEmpty() || text.isEmpty())
        return own;
    // Show what the designer wrote in the source language rather than a blank line.
    *missing = true;
    const QString source = text.value(m_questionnaire.sourceLanguage);
    if (!source.isEmpty())
        return source;
    for (const QString& any : text)
        if (!any.isEmpty())
            return any;
    return {};
}

QLabel* QuestionnairePreview::localizedLabel(const LocalizedText& text, QWidget* parent)
{
    bool missing = false;
    const QString shown = localized(text, &missing);
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // designers' texts are never markup
    label->setWordWrap(true);
    label->setText(missing ? tr("%1 [no %2 text]").arg(shown, m_language) : shown);
    if (missing) {
        QFont font = label->font();
        font.setItalic(true);
        label->setFont(font);
    }
    return label;
}

void QuestionnairePreview::rebuild(const QHash<QString, KeptAnswer>& kept)
{
    const int scrolled = m_scrollArea->verticalScrollBar()->value();
    m_updating = true;
    setUpdatesEnabled(false);
    m_questions.clear();
    m_sections.clear();
    m_tabChain.clear();
    m_questionOf.clear();
    m_commentOf.clear();
    m_current = -1;
    m_pendingQuestion = -1;
    m_order = m_questionnaire.questionsInOrder();

    const QFontMetrics bold = [this] {
        QFont font = this->font();
        font.setBold(true);
        return QFontMetrics(font);
    }();
    m_codeWidth = 0;
    for (const Question* question : m_order)
        m_codeWidth = std::max(m_codeWidth, bold.horizontalAdvance(question->code + QStringLiteral(" *")));

    auto* form = new QWidget;
    form->setObjectName(QStringLiteral("previewFormContents"));
    auto* layout = new QVBoxLayout(form);
    for (const Section& section : m_questionnaire.sections)
        addSection(section, layout, form, true);
    if (m_order.empty()) {
        auto* empty = new QLabel(tr("This questionnaire has no questions yet."), form);
        empty->setWordWrap(true);
        layout->addWidget(empty);
    }
    layout->addStretch(1);
    m_scrollArea->setWidget(form); // deletes the previous form
    Q_ASSERT(m_questions.size() == m_plan->questions().size());
    Q_ASSERT(m_sections.size() == m_plan->sections().size());

    for (QuestionView& view : m_questions) {
        const auto found = kept.constFind(view.code);
        if (found != kept.constEnd())
            restore(view, *found);
    }
    // Tab walks the form top to bottom, whatever order the widgets were created in around us.
    QWidget* previous = m_clearButton;
    for (QWidget* widget : m_tabChain) {
        setTabOrder(previous, widget);
        previous = widget;
    }
    m_updating = false;
    refresh();
    setUpdatesEnabled(true);
    // The new form is laid out on the next pass; only then does the old position exist again.
    QTimer::singleShot(0, this, [this, scrolled] { m_scrollArea->verticalScrollBar()->setValue(scrolled); });
}

void QuestionnairePreview::addSection(const Section& section, QVBoxLayout* into, QWidget* parent, bool topLevel)
{
    // A frame with a heading label rather than a group box: a long title wraps instead of
    // widening the whole form, and the heading can be set apart from the questions.
    auto* box = new QFrame(parent);
    box->setObjectName(QStringLiteral("section_") + section.code);
    box->setFrameShape(QFrame::StyledPanel);
    auto* heading = new QLabel(box);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont font = heading->font();
    font.setBold(true);
    if (topLevel)
        font.setPointSizeF(font.pointSizeF() * 1.15); // top-level sections stand out from sub-sections
    bool missing = false;
    const QString title = localized(section.title, &missing);
    if (missing)
        font.setItalic(true);
    heading->setFont(font);
    m_sections.push_back({section.code, missing ? tr("%1 [no %2 text]").arg(title, m_language) : title, box, heading});
    heading->setText(m_sections.back().title);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(heading);
    for (const Question& question : section.questions)
        layout->addWidget(addQuestion(question, box));
    for (const Section& child : section.sections)
        addSection(child, layout, box, false);
    if (section.questions.empty() && section.sections.empty()) {
        auto* empty = new QLabel(tr("No questions in this section yet."), box);
        empty->setEnabled(false);
        layout->addWidget(empty);
    }
    into->addWidget(box);
}

QWidget* QuestionnairePreview::addQuestion(const Question& question, QWidget* parent)
{
    QuestionView view;
    view.code = question.code;
    view.type = question.type;
    auto* block = new QWidget(parent);
    block->setObjectName(QStringLiteral("question_") + question.code);
    view.block = block;

    auto* code = new QLabel(block);
    code->setObjectName(QStringLiteral("questionCode"));
    code->setTextFormat(Qt::RichText);
    code->setText(question.mandatory
                      ? QStringLiteral("<b>%1</b>&nbsp;<span style=\"color:#c0392b\">*</span>")
                            .arg(question.code.toHtmlEscaped())
                      : QStringLiteral("<b>%1</b>").arg(question.code.toHtmlEscaped()));
    code->setToolTip(question.mandatory ? tr("Mandatory: the shopper must answer this question")
                                        : tr("Optional"));
    code->setMinimumWidth(m_codeWidth);
    auto* text = localizedLabel(question.text, block);
    text->setObjectName(QStringLiteral("questionText"));

    auto* grid = new QGridLayout(block);
    grid->setContentsMargins(0, 4, 0, 8);
    grid->setVerticalSpacing(4);
    grid->addWidget(code, 0, 0, Qt::AlignTop | Qt::AlignLeft);
    grid->addWidget(text, 0, 1);
    grid->setColumnStretch(1, 1);
    if (!question.help.isEmpty()) {
        auto* help = localizedLabel(question.help, block);
        help->setObjectName(QStringLiteral("questionHelp"));
        setSecondary(help);
        grid->addWidget(help, 1, 1);
    }

    QWidget* input = nullptr;
    switch (question.type) {
    case QuestionType::YesNo:
    case QuestionType::Single:
        input = choiceInput(question, view, block);
        break;
    case QuestionType::Multiple:
        input = multipleInput(question, view, block);
        break;
    case QuestionType::Rating:
    case QuestionType::Nps:
        input = scaleInput(question, view, block);
        break;
    case QuestionType::Number:
        input = numberInput(question, view, block);
        break;
    case QuestionType::Date:
    case QuestionType::Time:
        input = dateTimeInput(view, block);
        break;
    case QuestionType::Text:
        view.text = new QPlainTextEdit(block);
        view.text->setTabChangesFocus(true); // Tab leaves the field, as everywhere else in the form
        setLinesHigh(view.text, 3);
        connect(view.text, &QPlainTextEdit::textChanged, this, &QuestionnairePreview::answerChanged);
        watch(view.text);
        m_tabChain.push_back(view.text);
        input = view.text;
        break;
    }
    input->setAccessibleName(text->text());
    grid->addWidget(input, 2, 1);

    if (question.commentIf) {
        // Shown only while the answer calls for an explanation, as the shopper's form does.
        view.commentBlock = new QWidget(block);
        view.commentBlock->setObjectName(QStringLiteral("commentBlock"));
        auto* label = new QLabel(formText(QT_TR_NOOP("Comment (required):")), view.commentBlock);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        view.comment = new QPlainTextEdit(view.commentBlock);
        view.comment->setObjectName(QStringLiteral("comment"));
        view.comment->setTabChangesFocus(true);
        view.comment->setAccessibleName(label->text());
        setLinesHigh(view.comment, 2);
        auto* commentLayout = new QVBoxLayout(view.commentBlock);
        commentLayout->setContentsMargins(0, 2, 0, 0);
        commentLayout->setSpacing(2);
        commentLayout->addWidget(label);
        commentLayout->addWidget(view.comment);
        view.commentBlock->setVisible(false);
        connect(view.comment, &QPlainTextEdit::textChanged, this, &QuestionnairePreview::answerChanged);
        watch(view.comment, true);
        m_tabChain.push_back(view.comment);
        grid->addWidget(view.commentBlock, 3, 1);
    }

    m_questions.push_back(std::move(view));
    return block;
}

QAbstractButton* QuestionnairePreview::addChoice(QuestionView& view, QAbstractButton* button,
                                                 const AnswerValue& value, const QString& key)
{
    view.choices->addButton(button, int(view.choiceValues.size()));
    view.choiceValues.push_back(value);
    view.choiceKeys << key;
    watch(button);
    m_tabChain.push_back(button);
    return button;
}

QWidget* QuestionnairePreview::choiceInput(const Question& question, QuestionView& view, QWidget* parent)
{
    Question withOptions = question;
    withOptions.ensureYesNoOptions();
    // The built-in yes / no / N/A are the form's own words, shown in the form's language; a
    // label the designer wrote is shown as written.
    auto* input = new QWidget(parent);
    QBoxLayout* layout = question.type == QuestionType::YesNo ? static_cast<QBoxLayout*>(new QHBoxLayout(input))
                                                               : static_cast<QBoxLayout*>(new QVBoxLayout(input));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(question.type == QuestionType::YesNo ? 12 : 2);
    view.choices = new QButtonGroup(input);
    bool hasNa = false;
    for (size_t i = 0; i < withOptions.options.size(); ++i) {
        const QuestionOption& option = withOptions.options[i];
        auto* button = new QRadioButton(input);
        if (question.isBuiltInOption(option)) {
            button->setText(option.isNa ? formText(QT_TR_NOOP("N/A"))
                                        : option.code == QLatin1String("yes") ? formText(QT_TR_NOOP("Yes"))
                                                                              : formText(QT_TR_NOOP("No")));
        } else {
            bool missing = false;
            const QString label = localized(option.label, &missing);
            button->setText(buttonText(label.isEmpty() ? option.code
                                       : missing       ? tr("%1 [no %2 text]").arg(label, m_language)
                                                       : label));
            if (missing) {
                QFont font = button->font();
                font.setItalic(true);
                button->setFont(font);
            }
        }
        hasNa = hasNa || option.isNa;
        layout->addWidget(addChoice(view, button, option.isNa ? AnswerValue::notApplicable() : AnswerValue::choice(int(i)),
                                    option.code));
    }
    if (question.allowNa && !hasNa)
        layout->addWidget(addChoice(view, new QRadioButton(formText(QT_TR_NOOP("N/A")), input),
                                    AnswerValue::notApplicable(), QStringLiteral("na")));
    if (question.type == QuestionType::YesNo)
        layout->addStretch(1);
    connect(view.choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            answerChanged();
    });
    return input;
}

QWidget* QuestionnairePreview::multipleInput(const Question& question, QuestionView& view, QWidget* parent)
{
    auto* input = new QWidget(parent);
    auto* layout = new QVBoxLayout(input);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto addBox = [&](QCheckBox* box, const QString& key) {
        const size_t questionIndex = m_questions.size(); // this view is appended once built
        const int boxIndex = int(view.boxes.size());
        view.boxes.push_back(box);
        view.boxKeys << key;
        watch(box);
        m_tabChain.push_back(box);
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, questionIndex, boxIndex](bool checked) {
            if (m_updating)
                return;
            // "Not applicable" and real choices exclude each other.
            QuestionView& own = m_questions[questionIndex];
            if (checked && own.naBox >= 0) {
                for (int i = 0; i < int(own.boxes.size()); ++i) {
                    if (i != boxIndex && (boxIndex == own.naBox || i == own.naBox)) {
                        const QSignalBlocker blocker(own.boxes[size_t(i)]);
                        own.boxes[size_t(i)]->setChecked(false);
                    }
                }
            }
            answerChanged();
        });
    };
    for (const QuestionOption& option : question.options) {
        bool missing = false;
        const QString label = localized(option.label, &missing);
        auto* box = new QCheckBox(buttonText(label.isEmpty() ? option.code
                                             : missing       ? tr("%1 [no %2 text]").arg(label, m_language)
                                                             : label),
                                  input);
        if (missing) {
            QFont font = box->font();
            font.setItalic(true);
            box->setFont(font);
        }
        if (option.isNa)
            view.naBox = int(view.boxes.size());
        addBox(box, option.code);
    }
    if (question.allowNa && view.naBox < 0) {
        view.naBox = int(view.boxes.size());
        addBox(new QCheckBox(formText(QT_TR_NOOP("N/A")), input), QStringLiteral("na"));
    }
    return input;
}

QWidget* QuestionnairePreview::scaleInput(const Question& question, QuestionView& view, QWidget* parent)
{
    auto* input = new QWidget(parent);
    auto* row = new QHBoxLayout(input);
    row->setContentsMargins(0, 0, 0, 0);
    view.choices = new QButtonGroup(input);
    // The scale evenly spaced, its end labels under its two ends and no wider than it: long labels
    // wrap there instead of pushing the points apart or widening the form.
    auto* scale = new QWidget(input);
    auto* column = new QVBoxLayout(scale);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto* points = new QHBoxLayout;
    column->addLayout(points);
    const int low = int(std::lround(question.scaleMinimum()));
    const int high = std::min(int(std::lround(question.scaleMaximum())), low + kMaxScalePoints - 1);
    for (int value = low; value <= high; ++value) {
        const QString number = QLocale().toString(value);
        points->addWidget(addChoice(view, new QRadioButton(number, input), AnswerValue::value(value),
                                    QString::number(value)));
    }
    int width = points->sizeHint().width();
    if (!question.lowLabel.isEmpty() || !question.highLabel.isEmpty()) {
        auto* ends = new QHBoxLayout;
        ends->setSpacing(12);
        int labelsWidth = ends->spacing();
        for (const LocalizedText* text : {&question.lowLabel, &question.highLabel}) {
            QLabel* label = localizedLabel(*text, scale);
            label->setAlignment((text == &question.lowLabel ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop);
            // Each end gets room in proportion to its text, so a short label leaves more to a long one.
            const int textWidth = label->fontMetrics().horizontalAdvance(label->text()) + 2 * label->margin() + 4;
            ends->addWidget(label, std::max(1, textWidth));
            labelsWidth += textWidth;
        }
        column->addLayout(ends);
        // Room for the labels on one line when that keeps the scale a sensible width.
        width = std::max(width, std::min(labelsWidth, kMaxScaleWidth));
    }
    scale->setFixedWidth(width);
    row->addWidget(scale);
    if (question.allowNa) {
        row->addSpacing(12);
        row->addWidget(addChoice(view, new QRadioButton(formText(QT_TR_NOOP("N/A")), input),
                                 AnswerValue::notApplicable(), QStringLiteral("na")),
                       0, Qt::AlignTop);
    }
    row->addStretch(1);
    connect(view.choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            answerChanged();
    });
    return input;
}

QWidget* QuestionnairePreview::numberInput(const Question& question, QuestionView& view, QWidget* parent)
{
    auto* input = new QWidget(parent);
    auto* layout = new QHBoxLayout(input);
    layout->setContentsMargins(0, 0, 0, 0);
    view.number = new QDoubleSpinBox(input);
    const double lower = question.minimum.value_or(0);
    const double upper = std::max(lower, question.maximum.value_or(999999));
    const bool whole = lower == std::floor(lower) && upper == std::floor(upper);
    view.number->setDecimals(whole ? 0 : 2);
    // One step below the minimum reads "not answered": Up from there gives the minimum, Down
    // from the minimum takes the answer back.
    view.numberUnanswered = lower - 1;
    view.number->setRange(view.numberUnanswered, upper);
    view.number->setSpecialValueText(formText(QT_TR_NOOP("not answered")));
    if (!question.unit.isEmpty())
        view.number->setSuffix(QStringLiteral(" ") + question.unit);
    view.number->setValue(view.numberUnanswered);
    view.number->setFocusPolicy(Qt::StrongFocus); // the wheel scrolls the form, see eventFilter()
    view.number->installEventFilter(this);
    layout->addWidget(view.number);
    layout->addStretch(1);
    connect(view.number, &QDoubleSpinBox::valueChanged, this, &QuestionnairePreview::answerChanged);
    watch(view.number);
    m_tabChain.push_back(view.number);
    return input;
}

QWidget* QuestionnairePreview::dateTimeInput(QuestionView& view, QWidget* parent)
{
    auto* input = new QWidget(parent);
    auto* layout = new QHBoxLayout(input);
    layout->setContentsMargins(0, 0, 0, 0);
    // Date and time editors always hold a value, so "not answered" is an explicit state before them.
    view.notAnswered = new QCheckBox(formText(QT_TR_NOOP("Not answered")), input);
    view.notAnswered->setChecked(true);
    QDateTimeEdit* editor = nullptr;
    if (view.type == QuestionType::Date) {
        view.date = new QDateEdit(QDate::currentDate(), input);
        view.date->setCalendarPopup(true);
        editor = view.date;
        connect(view.date, &QDateEdit::dateChanged, this, &QuestionnairePreview::answerChanged);
    } else {
        const QTime now = QTime::currentTime();
        view.time = new QTimeEdit(QTime(now.hour(), now.minute()), input);
        view.time->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
        editor = view.time;
        connect(view.time, &QTimeEdit::timeChanged, this, &QuestionnairePreview::answerChanged);
    }
    editor->setEnabled(false);
    editor->setFocusPolicy(Qt::StrongFocus);
    editor->installEventFilter(this);
    connect(view.notAnswered, &QCheckBox::toggled, this, [this, editor](bool unanswered) {
        editor->setEnabled(!unanswered);
        if (m_updating)
            return;
        if (!unanswered)
            editor->setFocus(Qt::TabFocusReason);
        answerChanged();
    });
    layout->addWidget(view.notAnswered);
    layout->addWidget(editor);
    layout->addStretch(1);
    watch(view.notAnswered);
    watch(editor);
    m_tabChain.push_back(view.notAnswered);
    m_tabChain.push_back(editor);
    return input;
}

AnswerValue QuestionnairePreview::rawAnswer(const QuestionView& view) const
{
    if (view.choices) {
        const int id = view.choices->checkedId();
        return id >= 0 ? view.choiceValues[size_t(id)] : AnswerValue::none();
    }
    if (!view.boxes.empty()) {
        quint64 mask = 0;
        for (size_t i = 0; i < view.boxes.size(); ++i) {
            if (!view.boxes[i]->isChecked())
                continue;
            if (int(i) == view.naBox)
                return AnswerValue::notApplicable();
            if (i < 64)
                mask |= quint64(1) << i;
        }
        // Nothing ticked is no answer yet, not "none of these".
        return mask ? AnswerValue::choices(mask) : AnswerValue::none();
    }
    if (view.number)
        return view.number->value() <= view.numberUnanswered ? AnswerValue::none()
                                                             : AnswerValue::value(view.number->value());
    if (view.notAnswered)
        return view.notAnswered->isChecked() ? AnswerValue::none() : AnswerValue::text();
    if (view.text)
        return view.text->toPlainText().trimmed().isEmpty() ? AnswerValue::none() : AnswerValue::text();
    return AnswerValue::none();
}

QHash<QString, QuestionnairePreview::KeptAnswer> QuestionnairePreview::keptAnswers() const
{
    QHash<QString, KeptAnswer> kept;
    for (const QuestionView& view : m_questions) {
        KeptAnswer answer;
        answer.type = view.type;
        answer.comment = view.comment ? view.comment->toPlainText() : QString();
        if (view.choices && view.choices->checkedId() >= 0) {
            answer.value = view.choiceKeys.value(view.choices->checkedId());
        } else if (!view.boxes.empty()) {
            QStringList checked;
            for (size_t i = 0; i < view.boxes.size(); ++i)
                if (view.boxes[i]->isChecked())
                    checked << view.boxKeys.value(int(i));
            if (!checked.isEmpty())
                answer.value = checked;
        } else if (view.number && view.number->value() > view.numberUnanswered) {
            answer.value = view.number->value();
        } else if (view.notAnswered && !view.notAnswered->isChecked()) {
            answer.value = view.date ? QVariant(view.date->date()) : QVariant(view.time->time());
        } else if (view.text && !view.text->toPlainText().isEmpty()) {
            answer.value = view.text->toPlainText();
        }
        if (answer.value.isValid() || !answer.comment.isEmpty())
            kept.insert(view.code, answer);
    }
    return kept;
}

void QuestionnairePreview::restore(QuestionView& view, const KeptAnswer& kept)
{
    if (view.comment)
        view.comment->setPlainText(kept.comment);
    // An answer that no longer fits the question (another type, a removed option, out of range) is
    // dropped rather than bent into something the shopper never chose.
    if (!kept.value.isValid() || answerFamily(kept.type) != answerFamily(view.type))
        return;
    if (view.choices) {
        const qsizetype id = view.choiceKeys.indexOf(kept.value.toString());
        if (id >= 0)
            view.choices->button(int(id))->setChecked(true);
    } else if (!view.boxes.empty()) {
        const QStringList keys = kept.value.toStringList();
        for (size_t i = 0; i < view.boxes.size(); ++i)
            view.boxes[i]->setChecked(keys.contains(view.boxKeys.value(int(i))));
    } else if (view.number) {
        const double value = kept.value.toDouble();
        if (value > view.numberUnanswered && value <= view.number->maximum())
            view.number->setValue(value);
    } else if (view.date) {
        view.date->setDate(kept.value.toDate());
        view.notAnswered->setChecked(false);
    } else if (view.time) {
        view.time->setTime(kept.value.toTime());
        view.notAnswered->setChecked(false);
    } else if (view.text) {
        view.text->setPlainText(kept.value.toString());
    }
}

void QuestionnairePreview::clear(QuestionView& view)
{
    if (view.choices && view.choices->checkedButton()) {
        // An exclusive group never lets its last checked button go.
        view.choices->setExclusive(false);
        view.choices->checkedButton()->setChecked(false);
        view.choices->setExclusive(true);
    }
    for (QCheckBox* box : view.boxes)
        box->setChecked(false);
    if (view.number)
        view.number->setValue(view.numberUnanswered);
    if (view.notAnswered)
        view.notAnswered->setChecked(true);
    if (view.text)
        view.text->clear();
    if (view.comment)
        view.comment->clear();
}

void QuestionnairePreview::clearAnswers()
{
    m_updating = true;
    for (QuestionView& view : m_questions)
        clear(view);
    m_updating = false;
    refresh();
    emit answersChanged();
}

void QuestionnairePreview::answerChanged()
{
    if (m_updating)
        return;
    refresh();
    emit answersChanged();
}

void QuestionnairePreview::refresh()
{
    const auto& planQuestions = m_plan->questions();
    const size_t count = m_questions.size();
    std::vector<AnswerValue> raw(count);
    for (size_t i = 0; i < count; ++i)
        raw[i] = rawAnswer(m_questions[i]);

    // The engine's rule (FormState), so the form can never disagree with a stored report's score.
    FormState state = FormState::evaluate(*m_plan, raw);
    m_visible = std::move(state.visible);
    m_commentRequired = std::move(state.commentRequired);
    m_answers = std::move(state.answers);
    m_score = std::move(state.score);
    std::vector<int> shownInSection(m_sections.size(), 0);
    std::vector<int> inSection(m_sections.size(), 0);
    for (size_t i = 0; i < count; ++i) {
        for (int section : {planQuestions[i].section, planQuestions[i].topSection}) {
            ++inSection[size_t(section)];
            shownInSection[size_t(section)] += m_visible[i] ? 1 : 0;
            if (planQuestions[i].section == planQuestions[i].topSection)
                break;
        }
        m_questions[i].block->setHidden(!m_visible[i]);
        if (m_questions[i].commentBlock)
            m_questions[i].commentBlock->setHidden(!m_commentRequired[i]);
    }

    m_scoreLabel->setText(visitScoreText());
    // A knocked-out visit is the one result a designer must not overlook.
    QPalette palette = this->palette();
    if (m_score.visit.knockedOut)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_scoreLabel->setPalette(palette);
    for (size_t s = 0; s < m_sections.size(); ++s) {
        const SectionView& section = m_sections[s];
        const ScoreResult& result = m_score.sections[s];
        section.heading->setText(result.score || result.knockedOut
                                     ? tr("%1 — %2").arg(section.title, scoreText(result))
                                     : section.title);
        // A section whose every question is hidden would be an empty frame.
        section.box->setHidden(inSection[s] > 0 && shownInSection[s] == 0);
    }
}

QString QuestionnairePreview::scoreText(const ScoreResult& result) const
{
    if (result.knockedOut)
        return tr("%1 % — failed critical item").arg(QLocale().toString(0));
    if (!result.score)
        return tr("—");
    const double rounded = std::round(*result.score * 10.0) / 10.0;
    const bool whole = rounded == std::floor(rounded);
    return tr("%1 %").arg(QLocale().toString(rounded, 'f', whole ? 0 : 1));
}

QString QuestionnairePreview::visitScoreText() const
{
    return tr("Visit score: %1").arg(scoreText(m_score.visit));
}

QString QuestionnairePreview::sectionTitle(const QString& sectionCode) const
{
    for (const SectionView& section : m_sections)
        if (section.code == sectionCode)
            return section.heading->text();
    return {};
}

QWidget* QuestionnairePreview::inputFor(const QString& questionCode) const
{
    for (const QuestionView& view : m_questions)
        if (view.code == questionCode)
            return view.block;
    return nullptr;
}

bool QuestionnairePreview::isQuestionVisible(const QString& questionCode) const
{
    const int index = m_plan->questionIndex(questionCode);
    return index >= 0 && size_t(index) < m_visible.size() && m_visible[size_t(index)];
}

bool QuestionnairePreview::isCommentRequired(const QString& questionCode) const
{
    const int index = m_plan->questionIndex(questionCode);
    return index >= 0 && size_t(index) < m_commentRequired.size() && m_commentRequired[size_t(index)];
}

bool QuestionnairePreview::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* input = static_cast<QWidget*>(watched);
        const int question = m_questionOf.value(input, -1);
        if (question >= 0 && size_t(question) < m_questions.size() && handleKey(input, question, static_cast<QKeyEvent*>(event)))
            return true;
        // Tab out of a comment goes on with the form (or back to its answer), whatever comes next on screen.
        const int commented = m_commentOf.value(input, -1);
        const auto* press = static_cast<QKeyEvent*>(event);
        if (commented >= 0 && size_t(commented) < m_questions.size() && (press->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier) {
            if (press->key() == Qt::Key_Backtab || (press->key() == Qt::Key_Tab && (press->modifiers() & Qt::ShiftModifier))) {
                focusQuestionAt(commented);
                return true;
            }
            if (press->key() == Qt::Key_Tab) {
                advanceFrom(commented, true);
                return true;
            }
        }
    }
    // Spin boxes and date editors change their value under a passing mouse wheel; while they do
    // not have the focus the wheel scrolls the form instead.
    if (event->type() == QEvent::Wheel) {
        auto* editor = qobject_cast<QAbstractSpinBox*>(watched);
        if (editor && !editor->hasFocus()) {
            QCoreApplication::sendEvent(m_scrollArea->verticalScrollBar(), event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionnairePreview::setClearButtonVisible(bool visible)
{
    m_clearButton->setVisible(visible);
}

void QuestionnairePreview::watch(QWidget* input, bool isComment)
{
    // Called while a question is built: its index is the number of questions built before it.
    (isComment ? m_commentOf : m_questionOf).insert(input, int(m_questions.size()));
    input->installEventFilter(this);
}

bool QuestionnairePreview::handleKey(QWidget* input, int question, QKeyEvent* event)
{
    QuestionView& view = m_questions[size_t(question)];
    const int key = event->key();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier)
        return false;
    const bool choosing = view.choices || !view.boxes.empty();
    // Tab leaves a question (not each of its options); a date's editor keeps Tab for its parts.
    const bool leavesOnTab = choosing || input == view.text || input == view.number || input == view.notAnswered;
    if (key == Qt::Key_Backtab || (key == Qt::Key_Tab && (event->modifiers() & Qt::ShiftModifier))) {
        if (!leavesOnTab)
            return false;
        retreatFrom(question);
        return true;
    }
    if (key == Qt::Key_Tab) {
        if (!leavesOnTab)
            return false;
        advanceFrom(question, false);
        return true;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (input == view.text)
            return false; // a new line in a text answer
        if (input == view.notAnswered && view.notAnswered->isChecked())
            return false;
        advanceFrom(question, false);
        return true;
    }
    if (!choosing)
        return false;
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        m_pendingQuestion = -1;
        clear(view);
        refresh();
        emit answersChanged();
        return true;
    }
    const QString text = event->text().toCaseFolded();
    const bool digit = text.size() == 1 && text.at(0).isDigit();
    const int number = digit ? text.at(0).digitValue() : -1;
    if (view.choices) {
        const int count = int(view.choiceValues.size());
        if (key == Qt::Key_Minus) {
            for (int i = 0; i < count; ++i) {
                if (view.choiceValues[size_t(i)].kind == AnswerValue::Kind::NotApplicable) {
                    choose(question, i);
                    advanceFrom(question, false);
                }
            }
            return true;
        }
        if (digit && (view.type == QuestionType::Rating || view.type == QuestionType::Nps))
            return typeScaleDigit(question, number);
        if (digit) {
            if (number >= 1 && number <= count) {
                choose(question, number - 1);
                advanceFrom(question, false);
            }
            return true;
        }
        if (text.size() == 1 && text.at(0).isLetter()) {
            // The first letter of a label (Y or N, J or N, T or N) when only one option starts with it.
            int match = -1;
            for (int i = 0; i < count; ++i) {
                if (view.choiceValues[size_t(i)].kind == AnswerValue::Kind::NotApplicable)
                    continue;
                const QString label = view.choices->button(i)->text().remove(QLatin1Char('&')).trimmed().toCaseFolded();
                if (label.startsWith(text))
                    match = match == -1 ? i : -2;
            }
            if (match >= 0) {
                choose(question, match);
                advanceFrom(question, false);
            }
            return match != -1;
        }
        return false;
    }
    // Multiple choice: keys tick and untick; Enter moves on.
    const int count = int(view.boxes.size());
    if (key == Qt::Key_Minus && view.naBox >= 0) {
        view.boxes[size_t(view.naBox)]->toggle();
        return true;
    }
    if (digit) {
        if (number >= 1 && number <= count)
            view.boxes[size_t(number - 1)]->toggle();
        return true;
    }
    return false;
}

bool QuestionnairePreview::typeScaleDigit(int question, int digit)
{
    const QuestionView& view = m_questions[size_t(question)];
    auto indexOf = [&view](int value) { return int(view.choiceKeys.indexOf(QString::number(value))); };
    if (m_pendingQuestion == question) {
        m_pendingQuestion = -1;
        const int combined = m_pendingValue * 10 + digit;
        if (indexOf(combined) >= 0) {
            choose(question, indexOf(combined));
            advanceFrom(question, false);
            return true;
        }
    }
    // A digit that begins a longer value on this scale (1 on 0-10) waits for a second one.
    bool begins = false;
    for (const QString& key : view.choiceKeys)
        begins = begins || (key.size() > 1 && key.at(0).isDigit() && key.startsWith(QString::number(digit)));
    const int index = indexOf(digit);
    if (index >= 0)
        choose(question, index);
    if (begins && digit != 0) {
        m_pendingQuestion = question;
        m_pendingValue = digit;
        return true;
    }
    if (index >= 0)
        advanceFrom(question, false);
    return true;
}

void QuestionnairePreview::choose(int question, int button)
{
    QAbstractButton* chosen = m_questions[size_t(question)].choices->button(button);
    if (chosen && !chosen->isChecked())
        chosen->setChecked(true);
}

void QuestionnairePreview::advanceFrom(int question, bool fromComment)
{
    m_pendingQuestion = -1;
    const QuestionView& view = m_questions[size_t(question)];
    // An answer that calls for an explanation gets it before the form moves on.
    if (!fromComment && view.comment && m_commentRequired[size_t(question)] && view.comment->toPlainText().trimmed().isEmpty()) {
        view.comment->setFocus(Qt::TabFocusReason);
        m_scrollArea->ensureWidgetVisible(view.comment, 0, 24);
        return;
    }
    for (size_t next = size_t(question) + 1; next < m_questions.size(); ++next)
        if (focusQuestionAt(int(next)))
            return;
    emit endReached();
}

void QuestionnairePreview::retreatFrom(int question)
{
    m_pendingQuestion = -1;
    for (int previous = question - 1; previous >= 0; --previous)
        if (focusQuestionAt(previous))
            return;
}

bool QuestionnairePreview::focusQuestionAt(int question)
{
    if (question < 0 || size_t(question) >= m_questions.size() || !m_visible[size_t(question)])
        return false;
    const QuestionView& view = m_questions[size_t(question)];
    QWidget* target = nullptr;
    if (view.choices)
        target = view.choices->checkedButton() ? view.choices->checkedButton() : view.choices->button(0);
    else if (!view.boxes.empty())
        target = view.boxes.front();
    else if (view.number)
        target = view.number;
    else if (view.notAnswered)
        target = view.notAnswered->isChecked() ? static_cast<QWidget*>(view.notAnswered)
                 : view.date                   ? static_cast<QWidget*>(view.date)
                                               : static_cast<QWidget*>(view.time);
    else
        target = view.text;
    if (!target)
        return false;
    target->setFocus(Qt::TabFocusReason);
    setCurrentQuestion(question);
    return true;
}

bool QuestionnairePreview::focusQuestion(const QString& questionCode)
{
    return focusQuestionAt(m_plan->questionIndex(questionCode));
}

QString QuestionnairePreview::currentQuestion() const
{
    return m_current >= 0 && size_t(m_current) < m_questions.size() ? m_questions[size_t(m_current)].code : QString();
}

void QuestionnairePreview::setCurrentQuestion(int question)
{
    if (question == m_current)
        return;
    m_pendingQuestion = -1;
    if (m_current >= 0 && size_t(m_current) < m_questions.size())
        m_questions[size_t(m_current)].block->setAutoFillBackground(false);
    m_current = question;
    QWidget* block = m_questions[size_t(question)].block;
    QPalette palette = block->palette();
    QColor marked = palette.color(QPalette::Highlight);
    marked.setAlpha(36);
    palette.setColor(QPalette::Window, marked);
    block->setPalette(palette);
    block->setAutoFillBackground(true);
    m_scrollArea->ensureWidgetVisible(block, 0, 24);
}

QHash<QString, ReportEntry::Answer> QuestionnairePreview::formAnswers() const
{
    QHash<QString, ReportEntry::Answer> answers;
    const QHash<QString, KeptAnswer> kept = keptAnswers();
    for (const QuestionView& view : m_questions) {
        const auto found = kept.constFind(view.code);
        if (found == kept.constEnd())
            continue;
        ReportEntry::Answer answer;
        answer.comment = found->comment.trimmed();
        const QVariant& value = found->value;
        if (value.isValid() && (view.type == QuestionType::Rating || view.type == QuestionType::Nps) && value.toString() != QLatin1String("na"))
            answer.value = value.toString().toDouble();
        else if (value.typeId() == QMetaType::QDate)
            answer.value = value.toDate().toString(Qt::ISODate);
        else if (value.typeId() == QMetaType::QTime)
            answer.value = value.toTime().toString(QStringLiteral("HH:mm"));
        else
            answer.value = value;
        answers.insert(view.code, answer);
    }
    return answers;
}

void QuestionnairePreview::setAnswers(const QHash<QString, ReportEntry::Answer>& answers)
{
    m_updating = true;
    m_pendingQuestion = -1;
    for (QuestionView& view : m_questions) {
        clear(view);
        const auto found = answers.constFind(view.code);
        if (found == answers.constEnd())
            continue;
        KeptAnswer kept;
        kept.type = view.type;
        kept.comment = found->comment;
        const QVariant& value = found->value;
        if (!value.isValid()) {
            kept.value = QVariant();
        } else if (view.choices && value.typeId() == QMetaType::Double) {
            kept.value = QString::number(value.toDouble());
        } else if (view.choices && !view.choiceKeys.contains(value.toString())) {
            // A scale's N/A is stored as its N/A option, whatever its code.
            kept.value = QStringLiteral("na");
        } else if (view.date) {
            kept.value = QDate::fromString(value.toString(), Qt::ISODate);
        } else if (view.time) {
            kept.value = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
        } else {
            kept.value = value;
        }
        restore(view, kept);
    }
    m_updating = false;
    refresh();
    emit answersChanged();
}
