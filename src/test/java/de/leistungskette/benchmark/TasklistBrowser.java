package de.leistungskette.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A team member opens Tasklist in headless Chromium (Debian's chromium and chromium-driver, as in
 * the end-to-end test) and then the team's filter: the time from the login's submit until the
 * filter list is shown, and from the click on the filter until its first page of tasks and its
 * count are shown.
 */
final class TasklistBrowser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  record Times(List<Double> loginMillis, List<Double> filterMillis, String count) {}

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Opens the filter {@code times} times, each time in a new login; a screenshot of the last. */
  static Times open(int port, String user, String password, String filterName, int times, Path screenshot)
      throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory("chromium-benchmark"));
    WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(3));
    By filter = By.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' task-filter ')]"
        + "[.//h4[contains(@class,'name')]/a[starts-with(normalize-space(),'" + filterName + "')]]");
    By firstTask = By.xpath("//ol[contains(@class,'tasks-list')]/li");
    List<Double> login = new ArrayList<>();
    List<Double> open = new ArrayList<>();
    String count = "";
    try {
      for (int i = 0; i < times; i++) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
            .sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        long began = System.nanoTime();
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement entry = wait.until(ExpectedConditions.elementToBeClickable(filter));
        wait.until(ExpectedConditions.urlContains("filter="));
        login.add((System.nanoTime() - began) / 1e6);

        began = System.nanoTime();
        entry.findElement(By.xpath(".//h4/a")).click();
        wait.until(driver -> driver.findElement(filter).getAttribute("class").contains("active"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(firstTask));
        WebElement counter = browser.findElement(filter).findElement(By.cssSelector(".counter"));
        wait.until(driver -> counter.isDisplayed() && counter.getText().matches("[1-9][0-9.,]*"));
        open.add((System.nanoTime() - began) / 1e6);
        count = counter.getText();
      }
      save(browser, screenshot);
    } catch (RuntimeException e) {
      save(browser, screenshot); // what the person saw when it went wrong
      throw e;
    } finally {
      browser.quit();
    }
    return new Times(login, open, count);
  }

  private static void save(WebDriver browser, Path screenshot) throws Exception {
    Files.createDirectories(screenshot.getParent());
    Files.move(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
        StandardCopyOption.REPLACE_EXISTING);
  }

  private TasklistBrowser() {}
}
