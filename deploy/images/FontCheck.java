import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;

/**
 * Run by check-image inside an image: lays out text in Java's default font, as POI does when it sizes spreadsheet
 * columns and the PDF renderer does through headless AWT. Fails without fontconfig, its configuration or a font.
 */
public class FontCheck {
    public static void main(String[] args) {
        TextLayout layout = new TextLayout("绩效 2023", new Font(Font.DIALOG, Font.PLAIN, 12),
                new FontRenderContext(null, true, true));
        if (!(layout.getAdvance() > 0)) {
            throw new IllegalStateException("text has no width");
        }
        System.out.println("text laid out in " + new Font(Font.DIALOG, Font.PLAIN, 12).getFontName());
    }
}
