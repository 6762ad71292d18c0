using Binatic.ProcessingRegister.Loading;
using Binatic.ProcessingRegister.Tests.Support;

namespace Binatic.ProcessingRegister.Tests.Loading;

public sealed class LoadStatusTests
{
    [Fact]
    public void Loading_a_valid_register_reports_it_as_loaded()
    {
        var result = RegisterLoader.LoadFile(Fixture.Register("example.yaml"));

        Assert.Equal(LoadStatus.Loaded, result.Status);
    }

    [Fact]
    public void Loading_a_register_with_errors_reports_it_as_invalid()
    {
        var result = RegisterLoader.Parse("register: [", "broken.yaml");

        Assert.Equal(LoadStatus.Invalid, result.Status);
    }

    [Fact]
    public void Loading_a_register_that_cannot_be_read_reports_it_as_unreadable()
    {
        var result = RegisterLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "no-such-register.yaml"));

        Assert.Equal(LoadStatus.Unreadable, result.Status);
    }

    [Fact]
    public void A_file_too_large_to_load_was_read_and_is_invalid_rather_than_unreadable()
    {
        using var stream = new MemoryStream(new byte[2048]);

        var result = RegisterLoader.Load(stream, "big.yaml", new LoadOptions { MaxFileSizeBytes = 1024 });

        Assert.Equal(LoadStatus.Invalid, result.Status);
    }
}
