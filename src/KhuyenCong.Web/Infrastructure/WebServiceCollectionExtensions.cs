using System.Globalization;
using KhuyenCong.Data;
using KhuyenCong.Data.Auditing;
using KhuyenCong.Data.Identity;
using KhuyenCong.Web.Authorization;
using KhuyenCong.Web.Infrastructure.Hosting;
using KhuyenCong.Web.Infrastructure.Input;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KhuyenCong.Web.Infrastructure;

public static class WebServiceCollectionExtensions
{
    public static readonly CultureInfo[] SupportedCultures = [new("vi-VN"), new("en")];

    public static IServiceCollection AddKhuyenCongWeb(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddKhuyenCongForwardedHeaders();
        services.AddKhuyenCongRateLimits();
        // Vietnamese text is written as it is, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings =
                new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Replace(ServiceDescriptor.Scoped<ICurrentUser, HttpCurrentUser>());
        services.AddScoped<Features.Budget.BudgetOverviewQuery>();
        services.AddScoped<Features.Budget.BudgetFilterResolver>();
        services.AddScoped<Features.Dashboard.DashboardQuery>();
        services.AddScoped<Features.Reports.ReportQuery>();
        services.AddScoped<Features.Projects.CurrentActor>();
        services.AddScoped<Features.Users.AdministratorGuard>();
        services.AddScoped<Features.Projects.ProjectDetailsQuery>();
        services.AddScoped<Features.Projects.InboxQuery>();
        services.AddScoped<Features.Projects.ProjectImporter>();
        services.AddScoped<Features.Projects.ProjectFormReader>();
        services.AddScoped<Features.Projects.ProjectFormOptions>();
        services.AddScoped<Features.Projects.ProjectFilterResolver>();
        services.AddScoped<Infrastructure.Documents.ILetterheadSource, Infrastructure.Documents.LetterheadSource>();
        services.AddScoped<Features.AppraisalCouncil.CouncilProjects>();
        services.AddScoped<Features.AppraisalCouncil.AppraisalTasksQuery>();
        services.AddScoped<Features.PlanDecisions.PlanDecisionCandidates>();
        services.AddScoped<Features.ReportPeriods.ReportSnapshot>();
        services.AddScoped<Features.Registration.PackageStepGuard>();
        services.AddScoped<Features.ProductRounds.ScoringTasksQuery>();
        services.AddScoped<Features.Documents.DocumentGenerator>();
        services.AddScoped<Features.Registration.PackagePageQuery>();
        Features.Notifications.NotificationServiceCollectionExtensions.AddKhuyenCongNotifications(services);
        // Issue 16: per-user figures cached until the data changes.
        services.AddMemoryCache();
        services.AddScoped<Infrastructure.Caching.DataVersion>();
        services.AddScoped<Infrastructure.Caching.UserFigureCache>();
        // Issue 16: the read-only pages' HTML kept per user under the same counter (PageCache:Enabled).
        Infrastructure.Caching.PageCacheExtensions.AddKhuyenCongPageCache(services);
        // Issue 16: long exports as background jobs (any instance may run one, under a lease).
        Features.Exports.ExportServiceCollectionExtensions.AddKhuyenCongExports(services);
        // Issue 14: the official tables' form numbers and instruments are dated data.
        services.AddScoped<Features.ReferenceForms.OfficialFormCatalog>();

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("vi-VN");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            // Only the user's explicit choice (a cookie) switches language; a browser in English still gets Vietnamese.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.ModelMetadataDetailsProviders.Add(new VietnameseValidationMessages());
                VietnameseValidationMessages.ConfigureBinding(options.ModelBindingMessageProvider);
                options.ModelBinderProviders.Insert(0, new VndModelBinderProvider());
            })
            .AddRazorOptions(options =>
            {
                // Feature folders: Features/Users/Views/Index.cshtml sits next to Features/Users/UsersController.cs.
                options.ViewLocationFormats.Insert(0, "/Features/{1}/Views/{0}" + RazorViewEngine.ViewExtension);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddBadInputGuards();
        services.AddKhuyenCongIdentity();
        services.AddKhuyenCongAuthorization();
        services.AddSingleton<AttachmentStorage>();
        services.AddSingleton<Features.Profile.PendingAuthenticatorKeys>();

        services.AddDataProtection().SetApplicationName("KhuyenCong").PersistKeysToDbContext<AppDbContext>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "kc.af";
            // Secure whenever the user's request was HTTPS (directly or, through a trusted proxy, originally);
            // "Always" would refuse every form over the plain HTTP a TLS-terminating proxy forwards.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        services.AddOpenApi();
        services.AddProblemDetails();
        return services;
    }

    private static void AddKhuyenCongIdentity(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>();

        // A locked or re-assigned account loses its open sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            // The refreshed principal keeps how the user signed in (password, two-factor): Identity drops the "amr"
            // claim otherwise, and the changed claims would rewrite every session row once a minute.
            options.OnRefreshingPrincipal = context =>
            {
                var methods = context.CurrentPrincipal?.FindAll("amr").ToList() ?? [];
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
                    && !identity.HasClaim(c => c.Type == "amr"))
                    identity.AddClaims(methods.Select(c => new System.Security.Claims.Claim(c.Type, c.Value)));
                return Task.CompletedTask;
            };
        });

        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "kc.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Events.OnRedirectToLogin = context =>
            {
                if (IsApi(context.Request)) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
            // A user moved to another organisation, or whose organisation was renamed, sees it at the next request.
            var stampCheck = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = context => OrganisationClaimRefresh.ValidateAsync(context, stampCheck);
            // A missing role answers 403 in place (rendered by the status code page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
