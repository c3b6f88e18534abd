import torch

torch.manual_seed(0)

x, y = torch.randn(32, 4), torch.randn(32, 1) * 10
lr, max_norm = 0.1, 1.0


def update_size(clip_where):
    torch.manual_seed(1)
    model = torch.nn.Sequential(torch.nn.Linear(4, 16), torch.nn.Tanh(), torch.nn.Linear(16, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    before = torch.nn.utils.parameters_to_vector(model.parameters()).detach().clone()
    optimizer.zero_grad()
    torch.nn.functional.mse_loss(model(x), y).backward()
    if clip_where == "before step()":
        torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)  # (1)!
    optimizer.step()
    if clip_where == "after step()":
        torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)  # (2)!
    after = torch.nn.utils.parameters_to_vector(model.parameters()).detach()
    print(f"clip {clip_where:<14} size of the update: {(after - before).norm():.4f}")


print(f"lr * max_norm = {lr * max_norm:.4f}")
for where in ["before step()", "after step()", "never"]:
    update_size(where)
