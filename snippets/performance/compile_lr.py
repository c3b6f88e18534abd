import logging
import re
import warnings

import torch

torch.manual_seed(0)
warnings.filterwarnings("ignore", "`torch.jit.script_method`", DeprecationWarning)  # (1)!
torch._logging.set_logs(dynamo=logging.ERROR)  # (2)!

BACKEND = "aot_eager"  # (3)!
GUARD = re.compile(r"^\s*- \d+/\d+: (.+?)(?:\s+#.*)?$", re.MULTILINE)
graphs = 0


def counting_backend(gm, example_inputs):  # (4)!
    global graphs
    compiled = torch._dynamo.lookup_backend(BACKEND)(gm, example_inputs)
    graphs += 1
    return compiled


def train(optimizer_class, value, as_tensor, compile_step):
    global graphs
    torch.compiler.reset()  # (5)!
    graphs, counts, reasons = 0, [], []
    torch.manual_seed(0)
    model = torch.nn.Linear(4, 2)
    x, y = torch.randn(8, 4), torch.randn(8, 2)
    lr = torch.tensor(value) if as_tensor else value  # (6)!
    optimizer = optimizer_class(model.parameters(), lr=lr)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)

    @torch.compile(fullgraph=False, backend=counting_backend)  # (7)!
    def fn():
        optimizer.step()

    for step in range(1, 5):
        optimizer.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        if not compile_step:
            optimizer.step()
        elif step == 1:
            fn()
        else:
            try:
                with torch.compiler.set_stance("fail_on_recompile"):  # (8)!
                    fn()
            except RuntimeError as error:
                reasons.append(f"step {step} failed the guard {GUARD.search(str(error))[1]}")
                fn()
        scheduler.step()
        counts.append(graphs)
    lr_now = optimizer.param_groups[0]["lr"]
    return [p.detach() for p in model.parameters()], counts, reasons, lr_now is lr, lr_now


for optimizer_class, value in ((torch.optim.SGD, 0.1), (torch.optim.Adam, 0.01)):
    for as_tensor in (False, True):
        name = f"torch.tensor({value})" if as_tensor else value
        print(f"{optimizer_class.__name__}(lr={name}), StepLR(gamma=0.5)")
        eager = train(optimizer_class, value, as_tensor, compile_step=False)[0]
        compiled, counts, reasons, same, lr_now = train(optimizer_class, value, as_tensor, True)
        print(f"  graphs compiled after steps 1-4: {' '.join(map(str, counts))}")
        for reason in reasons:
            print(f"  {reason}")
        if as_tensor:
            print(f"  lr is now {lr_now!r}, still the tensor passed in: {same}")
        diff = max((a - b).abs().max().item() for a, b in zip(eager, compiled, strict=True))
        print(f"  largest difference from the same steps run eagerly: {diff:.0e}")  # (9)!
torch._logging.set_logs()  # (10)!
