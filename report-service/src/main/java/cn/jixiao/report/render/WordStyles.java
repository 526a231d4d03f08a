package cn.jixiao.report.render;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the Word rendering. Headings are Word's built-in "heading 1"… so that Word, WPS and
 * LibreOffice list them in the navigation pane; body text is 宋体 小四 with a two-character first-line indent,
 * headings 黑体.
 */
final class WordStyles {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String BODY = "BodyText";
    static final String TABLE_TEXT = "TableText";
    static final String CAPTION = "Caption";
    static final String FOOTER = "Footer";

    private static final String BODY_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";

    /** Font sizes in half-points: 小四 12pt body, 五号 10.5pt tables, 二号 22pt title; headings by level. */
    private static final int BODY_SIZE = 24;
    private static final int TABLE_SIZE = 21;
    private static final int FOOTER_SIZE = 18;
    private static final int TITLE_SIZE = 44;
    private static final int[] HEADING_SIZES = { 32, 30, 28, BODY_SIZE };

    private WordStyles() {
    }

    /** Heading1 … Heading4 for section levels 1 … 4. */
    static String heading(int level) {
        return "Heading" + level;
    }

    static void install(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaultRun = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaultRun.addNewRFonts(), BODY_FONT);
        defaultRun.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
        defaultRun.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
        defaultRun.addNewLang().setEastAsia("zh-CN");

        CTStyle normal = paragraphStyle(styles, NORMAL, "Normal", null);
        normal.setDefault(true);
        lineSpacing(normal.addNewPPr(), 360);

        CTStyle title = paragraphStyle(styles, TITLE, "Title", NORMAL);
        CTPPrGeneral titleParagraph = title.addNewPPr();
        titleParagraph.addNewJc().setVal(STJc.CENTER);
        titleParagraph.addNewSpacing().setAfter(BigInteger.valueOf(240));
        headingRun(title.addNewRPr(), TITLE_SIZE);

        for (int level = 1; level <= HEADING_SIZES.length; level++) {
            CTStyle heading = paragraphStyle(styles, heading(level), "heading " + level, NORMAL);
            heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
            CTPPrGeneral paragraph = heading.addNewPPr();
            paragraph.addNewKeepNext();
            paragraph.addNewKeepLines();
            CTSpacing spacing = paragraph.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(level == 1 ? 240 : 120));
            spacing.setAfter(BigInteger.valueOf(120));
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            if (level < HEADING_SIZES.length) {
                headingRun(heading.addNewRPr(), HEADING_SIZES[level - 1]);
            } else {
                heading.addNewRPr().addNewB(); // "（1）" headings stay in the body font
            }
        }

        CTStyle body = paragraphStyle(styles, BODY, "Body Text", NORMAL);
        CTPPrGeneral bodyParagraph = body.addNewPPr();
        CTInd indent = bodyParagraph.addNewInd();
        indent.setFirstLineChars(BigInteger.valueOf(200));
        // two characters in twips (half-points × 10) as well, since LibreOffice ignores firstLineChars
        indent.setFirstLine(BigInteger.valueOf(2L * BODY_SIZE * 10));
        bodyParagraph.addNewJc().setVal(STJc.BOTH);

        CTStyle tableText = paragraphStyle(styles, TABLE_TEXT, "Table Text", NORMAL);
        lineSpacing(tableText.addNewPPr(), 240);
        sizes(tableText.addNewRPr(), TABLE_SIZE);

        CTStyle caption = paragraphStyle(styles, CAPTION, "caption", NORMAL);
        CTPPrGeneral captionParagraph = caption.addNewPPr();
        captionParagraph.addNewJc().setVal(STJc.CENTER);
        captionParagraph.addNewKeepNext();
        CTRPr captionRun = caption.addNewRPr();
        captionRun.addNewB();
        sizes(captionRun, TABLE_SIZE);

        CTStyle footer = paragraphStyle(styles, FOOTER, "footer", NORMAL);
        lineSpacing(footer.addNewPPr(), 240);
        sizes(footer.addNewRPr(), FOOTER_SIZE);

        document.createStyles().setStyles(styles);
    }

    private static CTStyle paragraphStyle(CTStyles styles, String id, String name, String basedOn) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        return style;
    }

    private static void headingRun(CTRPr run, int size) {
        fonts(run.addNewRFonts(), HEADING_FONT);
        run.addNewB();
        run.addNewBCs();
        sizes(run, size);
    }

    private static void fonts(CTFonts fonts, String eastAsia) {
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(eastAsia);
    }

    private static void sizes(CTRPr run, int halfPoints) {
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    /** {@code line} in 240ths of a line: 240 single, 360 one and a half. */
    private static void lineSpacing(CTPPrGeneral paragraph, int line) {
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }
}
